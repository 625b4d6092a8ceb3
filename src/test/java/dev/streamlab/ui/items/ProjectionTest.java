package dev.streamlab.ui.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.TestTables;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static TableInfo messages;

    @BeforeAll
    static void table() {
        messages = TestTables.messages();
    }

    @Test
    void namesGoThroughPlaceholdersAndTheKeysAreAlwaysRead() {
        var projection = Projection.of(" message, status ", messages, messages.keyOf(java.util.Optional.of(
                "created-index"))).orElseThrow();
        assertThat(projection.expression()).isEqualTo("#attr0, #attr1, #attr2, #attr3, #attr4");
        assertThat(projection.names()).containsExactly(Map.entry("#attr0", "pk"), Map.entry("#attr1", "sk"),
                Map.entry("#attr2", "created"), Map.entry("#attr3", "message"), Map.entry("#attr4", "status"));
    }

    @Test
    void nothingListedReadsEveryAttribute() {
        assertThat(Projection.of("  ", messages, messages.key())).isEmpty();
    }

    @Test
    void anEmptyNameIsOneSentence() {
        assertThatThrownBy(() -> Projection.of("message,,status", messages, messages.key()))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The attributes to read have an empty name in \"message,,status\": list names separated"
                        + " by commas, e.g. message, user_handle.");
    }
}
