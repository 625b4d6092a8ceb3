package dev.streamlab.cli;

import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.trigger.trace.TraceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/** `--trace FILE`: one JSON line per trace event, appended as it happens. */
final class TraceFile implements Consumer<TraceEvent> {

    private final Path file;

    TraceFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void accept(TraceEvent event) {
        TraceJson.of(event).ifPresent(this::append);
    }

    private void append(Object line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("The trace file " + file + " cannot be written", e);
        }
    }
}
