package dev.streamlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowOptionsTest {

    @Test
    void noArgumentOrOnlyOptionsOpenTheWindowButACommandOrHelpDoesNot() {
        assertThat(WindowOptions.areForTheWindow(new String[0])).isTrue();
        assertThat(WindowOptions.areForTheWindow(new String[] {"--endpoint", "http://localhost:8000"})).isTrue();
        assertThat(WindowOptions.areForTheWindow(new String[] {"--paused"})).isTrue();
        assertThat(WindowOptions.areForTheWindow(new String[] {"tables", "list"})).isFalse();
        assertThat(WindowOptions.areForTheWindow(new String[] {"--help"})).isFalse();
        assertThat(WindowOptions.areForTheWindow(new String[] {"--debug", "tables", "list"})).isFalse();
    }

    @Test
    void theMappingFilesAreReadAndCheckedBeforeTheWindowOpens(@TempDir Path dir) throws Exception {
        Path mappings = Files.writeString(dir.resolve("m.json"), """
                {"functions": {"Log": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [{"FunctionName": "Log", "TableName": "Orders", "StartingPosition": "LATEST"}]}
                """);

        var options = WindowOptions.parse(List.of("--endpoint", "http://localhost:8000", "--mappings",
                mappings.toString(), "--paused", "--state", dir.resolve("state").toString(), "--loop-limit", "4"));

        assertThat(options.mappings()).containsOnlyKeys(mappings);
        assertThat(options.paused()).isTrue();
        assertThat(options.stateDir()).isEqualTo(dir.resolve("state"));
        assertThat(options.loopLimit()).isEqualTo(4);
    }

    @Test
    void anUnknownOptionIsOneSentenceSayingWhatTheWindowTakes() {
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--pasued")))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Unknown option: '--pasued': the window takes --endpoint URL")
                .hasMessageNotContaining("\n");
    }

    @Test
    void badValuesAreRefusedBeforeTheWindowOpens(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plugins.txt"), "not a folder");

        assertThatThrownBy(() -> WindowOptions.parse(List.of("--loop-limit", "0")))
                .hasMessageStartingWith("--loop-limit is 0");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--plugins", file.toString())))
                .hasMessage("--plugins " + file + " is not a folder: give the folder that holds your trigger jars.");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--state", file.toString())))
                .hasMessage("--state " + file + " is a file: give a folder for the checkpoints.");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--endpoint", "localhost:8000")))
                .hasMessageStartingWith("The endpoint \"localhost:8000\" is not a URL");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--mappings", dir.resolve("nope.json").toString())))
                .isInstanceOf(UserInputException.class);
    }
}
