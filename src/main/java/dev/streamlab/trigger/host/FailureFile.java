package dev.streamlab.trigger.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.data.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A mapping's on-failure destination: a file that gets one JSON line per batch given up on. */
final class FailureFile {

    private final Path file;

    FailureFile(Path file) {
        this.file = file;
    }

    synchronized void send(ObjectNode invocationRecord) {
        try {
            if (file.getParent() != null) {
                OwnerOnlyFiles.createDirectories(file.getParent());
            }
            OwnerOnlyFiles.append(file, invocationRecord.toString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The on-failure destination " + file + " cannot be written", e);
        }
    }
}
