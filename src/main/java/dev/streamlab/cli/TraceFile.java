package dev.streamlab.cli;

import dev.streamlab.data.OwnerOnlyFiles;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.trigger.trace.TraceJson;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** `--trace FILE`: one JSON line per trace event, appended as it happens. */
final class TraceFile implements Consumer<TraceEvent> {

    private final Path file;

    private TraceFile(Path file) {
        this.file = file;
    }

    /** Checked at start: a trace that cannot be written must stop the command, not every trigger call later. */
    static TraceFile open(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("The trace file's folder " + folder + " does not exist: create it, or give"
                    + " --trace a file in a folder that exists.");
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException("--trace " + file + " is a folder: give a file name, e.g. " + file.resolve(
                    "trace.jsonl") + ".");
        }
        try {
            OwnerOnlyFiles.append(file, "");
        } catch (IOException e) {
            throw new UserInputException("The trace file " + file + " cannot be written (" + e.getMessage()
                    + "): check the folder's permissions, or choose another file.", e);
        }
        return new TraceFile(file);
    }

    @Override
    public synchronized void accept(TraceEvent event) {
        TraceJson.of(event).ifPresent(this::append);
    }

    private void append(Object line) {
        try {
            OwnerOnlyFiles.append(file, line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The trace file " + file + " cannot be written", e);
        }
    }
}
