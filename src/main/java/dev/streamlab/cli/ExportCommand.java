package dev.streamlab.cli;

import dev.streamlab.data.ItemBrowser;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.data.transfer.ItemExporter;
import dev.streamlab.data.transfer.TransferFormat;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a table's items, or a filtered scan of a table or index, to DynamoDB"
        + " JSON lines, a plain JSON array or CSV.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ReadOptions read;

    @Option(names = "--format", required = true, paramLabel = "jsonl|json|csv")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        TransferFormat chosen = TransferFormat.named(format, "--format");
        var request = read.request(Optional.empty(), false);
        try (var open = connection.open()) {
            var dynamo = open.clients().dynamo();
            var schemas = new TableSchemas(new TableCatalog(dynamo));
            var exporter = new ItemExporter(new ItemBrowser(dynamo, schemas), schemas);
            if (out == null) {
                exporter.export(request, chosen, spec.commandLine().getOut(), count -> { });
                return 0;
            }
            long count = toFile(exporter, request, chosen);
            spec.commandLine().getOut().println("Exported " + count + " items of " + request.table() + " to " + out
                    + " (" + chosen.fileExtension() + ").");
            return 0;
        }
    }

    /** Written beside the file first and moved into place, so a failed export leaves no half a file behind. */
    private long toFile(ItemExporter exporter, dev.streamlab.data.ItemPageRequest request, TransferFormat chosen) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out) || folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("--out " + out + (Files.isDirectory(out) ? " is a folder" : "'s folder does"
                    + " not exist") + ": name a file in a folder that exists.");
        }
        Path partial = folder.resolve("." + out.getFileName() + ".partial");
        try {
            long count;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                count = exporter.export(request, chosen, writer, written -> { });
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written to " + out, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing more to do: the partial file is a dot-file beside the export
            }
        }
    }
}
