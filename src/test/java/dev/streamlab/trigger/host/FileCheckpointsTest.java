package dev.streamlab.trigger.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints in the state folder, as a restarted host finds them. */
class FileCheckpointsTest {

    @Test
    void aBatchFinishedAsTheHostClosesIsStillCheckpointed(@TempDir Path state) {
        Path file = state.resolve("checkpoints-f-t.json");
        new FileCheckpoints(file).save("shard-1", "100");
        // Closing the host interrupts its readers, possibly just after a batch was handled and before its
        // checkpoint is written: that write must still happen, or the restarted host repeats the batch.
        Thread.currentThread().interrupt();
        try {
            new FileCheckpoints(file).save("shard-1", "200");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept for the reader to stop on").isTrue();
        }
        assertThat(new FileCheckpoints(file).get("shard-1")).contains("200");
    }
}
