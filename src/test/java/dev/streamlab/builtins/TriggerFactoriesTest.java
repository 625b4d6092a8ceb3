package dev.streamlab.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.TriggerFactory;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class TriggerFactoriesTest {

    @Test
    void theServiceLoaderFindsAllFourBuiltInsByName() {
        var factories = ServiceLoader.load(TriggerFactory.class).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(factories).extracting(TriggerFactory::name).contains("key-logger", "email-checker",
                "reminder-projector", "message-group-sk-rewrite");
        assertThat(factories).allSatisfy(factory -> {
            assertThat(factory.description()).endsWith(".");
            assertThat(factory.create(Map.of())).isNotNull();
        });
    }

    @Test
    void anInvalidSettingNamesItsVariable() {
        assertThatThrownBy(() -> new EmailCheckerFactory().create(Map.of("PERSONAL_DOMAINS", " , ")))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("PERSONAL_DOMAINS ");
        assertThatThrownBy(() -> new EmailCheckerFactory().create(Map.of("PERSONAL_DOMAINS", "me@gmail.com")))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("PERSONAL_DOMAINS ");
        assertThatThrownBy(() -> new MessageGroupSkRewriteFactory().create(Map.of("INDEX_NAME", "by group")))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("INDEX_NAME ");
        assertThatThrownBy(() -> new ReminderProjectorFactory().create(Map.of("REMINDERS_TABLE", "r")))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("REMINDERS_TABLE ");
    }
}
