package dev.streamlab.cli;

import dev.streamlab.data.ItemBrowser;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.data.transfer.ExportFile;
import dev.streamlab.data.transfer.ItemExporter;
import dev.streamlab.data.transfer.TransferFormat;
import java.nio.file.Path;
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
                exporter.export(request, chosen, spec.commandLine().getOut(), count -> { }, () -> false);
                return 0;
            }
            long count = ExportFile.write(exporter, request, chosen, out, written -> { }, () -> false);
            spec.commandLine().getOut().println("Exported " + count + " items of " + request.table() + " to " + out
                    + " (" + chosen.fileExtension() + ").");
            return 0;
        }
    }
}
