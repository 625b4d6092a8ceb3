package dev.streamlab.cli;

import dev.streamlab.connect.SharedDbProbe;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.data.TableCatalog;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tables", description = "List, describe, create (load) and drop tables.",
        subcommands = HelpCommand.class)
final class TablesCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List every table.")
    int list(@Mixin ConnectionOptions connection) {
        try (var open = connection.open()) {
            List<String> names = new TableCatalog(open.clients().dynamo()).listTables();
            output().print(Map.of("TableNames", names));
            if (names.isEmpty() && open.profile().isLocal()) {
                SharedDbProbe.explainEmpty(open.profile()).ifPresent(spec.commandLine().getErr()::println);
            }
        }
        return 0;
    }

    @Command(name = "describe", description = "Keys, indexes, stream, TTL and size of a table.")
    int describe(@Mixin ConnectionOptions connection, @Parameters(paramLabel = "TABLE") String table) {
        try (var open = connection.open()) {
            output().print(new TableCatalog(open.clients().dynamo()).describe(table));
        }
        return 0;
    }

    @Command(name = "load", description = "Create tables from CreateTable JSON files (aws dynamodb create-table --cli-input-json).")
    int load(@Mixin ConnectionOptions connection, @Parameters(paramLabel = "FILE", arity = "1..*") File[] files) {
        try (var open = connection.open()) {
            var admin = new TableAdmin(open.clients().dynamo(), open.profile());
            output().print(admin.load(Arrays.stream(files).map(File::toPath).toList()));
        }
        return 0;
    }

    @Command(name = "drop", description = "Delete a table and its items (on AWS only with --yes).")
    int drop(@Mixin ConnectionOptions connection, @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--yes", description = "Confirm dropping a table that is not on a local endpoint.")
            boolean yes) {
        try (var open = connection.open()) {
            new TableAdmin(open.clients().dynamo(), open.profile()).drop(table, yes);
            output().print(Map.of("Dropped", table));
        }
        return 0;
    }

    private JsonOutput output() {
        return new JsonOutput(spec.commandLine().getOut(), false);
    }
}
