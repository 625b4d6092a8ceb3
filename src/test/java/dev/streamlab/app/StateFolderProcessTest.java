package dev.streamlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slow (child JVMs): one `triggers run` per state folder, and a crash never leaves the folder locked. */
class StateFolderProcessTest {

    @Test
    void aSecondHostOnAFolderInUseIsRefusedAndAKilledOneLeavesItFree(@TempDir Path dir) throws Exception {
        String table = TestTables.orders().name();
        Path mappings = Files.writeString(dir.resolve("log.json"), """
                {"functions": {"Log": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [{"FunctionName": "Log", "TableName": "%s", "StartingPosition": "LATEST"}]}
                """.formatted(table));
        Path state = dir.resolve("state");

        Process first = run(mappings, state, dir.resolve("first.log"));
        try {
            Await.until("the first host runs", Duration.ofSeconds(60),
                    () -> read(dir.resolve("first.log")).contains("Running"));
            Process second = run(mappings, state, dir.resolve("second.log"));
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("the second host stops at once").isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(read(dir.resolve("second.log")).strip()).isEqualTo("The state folder "
                    + state.toAbsolutePath() + " is in use by another StreamLab (pid " + first.pid() + ", started "
                    + read(state.resolve(".streamlab.lock")).split(", started ")[1] + "): stop it first, or give this"
                    + " one a folder of its own with --state.");

            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Process third = run(mappings, state, dir.resolve("third.log"));
            try {
                Await.until("a host after a kill -9 takes the folder", Duration.ofSeconds(60),
                        () -> read(dir.resolve("third.log")).contains("Running"));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + ": " + read(dir.resolve("third.log")), e);
            } finally {
                third.destroyForcibly();
            }
        } finally {
            first.destroyForcibly();
        }
    }

    private static Process run(Path mappings, Path state, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "triggers", "run", "--mappings", mappings.toString(), "--state", state.toString(),
                "--endpoint", LocalDynamo.endpoint().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
