package dev.streamlab.data.transfer;

import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** An export to a file: written beside it first and moved into place, so a failed export leaves no half a file. */
public final class ExportFile {

    private ExportFile() {
    }

    /** What writes the export's items to the file; returns how many it wrote. */
    @FunctionalInterface
    public interface Body {
        long writeTo(Writer out) throws IOException;
    }

    /** @return how many items were written */
    public static long write(ItemExporter exporter, ItemPageRequest request, TransferFormat format, Path file,
            LongConsumer exported, BooleanSupplier cancelled) {
        return write(file, out -> exporter.export(request, format, out, exported, cancelled));
    }

    /** Writes the file whole or not at all: into a hidden partial file first, moved into place once complete. */
    public static long write(Path file, Body body) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UserInputException("The export file " + file + " is a folder: name a file.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("The export file " + file + " is in a folder that does not exist: create it,"
                    + " or name a file in a folder that exists.");
        }
        Path partial = folder.resolve("." + file.getFileName() + ".partial");
        try {
            long count;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                count = body.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written to " + file, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing more to do: the partial file is a dot-file beside the export
            }
        }
    }
}
