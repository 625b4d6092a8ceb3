package dev.streamlab.cli;

import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.data.transfer.ImportResult;
import dev.streamlab.data.transfer.ItemImporter;
import dev.streamlab.data.transfer.TransferFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Write the items of a DynamoDB JSON lines, plain JSON or CSV file into a"
        + " table; each item is checked first, and each one not written is named by its line.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TABLE")
    String table;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "jsonl|json|csv", description = "Default: from the file's extension.")
    String format;

    @Override
    public Integer call() {
        TransferFormat chosen = TransferFormat.of(Optional.ofNullable(format)
                .map(name -> TransferFormat.named(name, "--format")), file);
        ImportResult result;
        try (var open = connection.open()) {
            var dynamo = open.clients().dynamo();
            result = new ItemImporter(dynamo, new TableSchemas(new TableCatalog(dynamo)))
                    .importFile(table, file, chosen, written -> { }, () -> false);
        }
        spec.commandLine().getOut().println("Wrote " + result.written() + " items to " + table + " from " + file + ".");
        var err = spec.commandLine().getErr();
        result.failures().forEach(err::println);
        if (!result.failures().isEmpty()) {
            err.println(result.failures().size() + (result.failures().size() == 1 ? " item was" : " items were")
                    + " not written.");
        }
        return result.failures().isEmpty() ? 0 : 1;
    }
}
