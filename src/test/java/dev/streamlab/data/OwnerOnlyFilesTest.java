package dev.streamlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.trigger.host.FileCheckpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State folders, checkpoints and traces hold keys and items: only their owner may read them, whatever the umask. */
class OwnerOnlyFilesTest {

    @Test
    void aCheckpointAndTheStateFolderItMakesAreTheOwnersOnly(@TempDir Path dir) throws IOException {
        Path state = dir.resolve("state/nested");

        new FileCheckpoints(state.resolve("checkpoints-f-Orders.json")).save("shard-1", "100");

        assertThat(permissions(state)).isEqualTo("rwx------");
        assertThat(permissions(dir.resolve("state"))).isEqualTo("rwx------");
        assertThat(permissions(state.resolve("checkpoints-f-Orders.json"))).isEqualTo("rw-------");
    }

    @Test
    void anAppendedFileIsTheOwnersOnlyAndKeepsWhatItHad(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.jsonl");

        OwnerOnlyFiles.append(trace, "one\n");
        OwnerOnlyFiles.append(trace, "two\n");

        assertThat(Files.readString(trace)).isEqualTo("one\ntwo\n");
        assertThat(permissions(trace)).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
