package dev.streamlab.trigger.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A mapping's on-failure destination: a file that gets one JSON line per batch given up on. */
final class FailureDestination {

    private final Path file;

    FailureDestination(Path file) {
        this.file = file;
    }

    synchronized void send(ObjectNode invocationRecord) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, invocationRecord.toString() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("The on-failure destination " + file + " cannot be written", e);
        }
    }
}
