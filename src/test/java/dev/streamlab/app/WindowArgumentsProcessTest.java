package dev.streamlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `streamlab --unknown` as a user runs it: one sentence on stderr, exit 2, and no window. */
class WindowArgumentsProcessTest {

    @Test
    void aBadWindowArgumentExitsWithTwoAndOneSentenceBeforeAnyWindow() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // No display at all: if a window were attempted, JavaFX would fail with a different message.
        Process window = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--loop-limit", "-5")
                .start();
        assertThat(window.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String err = new String(window.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(window.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(window.exitValue()).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.strip()).startsWith("--loop-limit is -5").doesNotContain("\n");
    }
}
