package dev.streamlab.cli;

import dev.streamlab.data.ItemStore;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.model.UserInputException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@Command(name = "items", description = "Put, get, update, delete, scan and query items.",
        subcommands = {ScanCommand.class, QueryCommand.class, ExportCommand.class, ImportCommand.class,
            HelpCommand.class})
final class ItemsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "put", description = "Write an item (replacing any with the same key).")
    int put(@Mixin ConnectionOptions connection, @Mixin FormatOptions format, @Mixin ExpressionOptions expressions,
            @Mixin TableOptions table,
            @Option(names = "--item", required = true, paramLabel = "JSON|@FILE") String item,
            @Option(names = {"--condition", "--condition-expression"}, paramLabel = "EXPR") String condition) {
        String name = table.name();
        var parsed = JsonArguments.item(item, "--item", format.plain);
        var placeholders = expressions.expressions(format);
        try (var open = connection.open()) {
            store(open.clients().dynamo()).put(name, parsed, Optional.ofNullable(condition), placeholders);
        }
        return print(parsed, format);
    }

    @Command(name = "get", description = "Read one item by its key.")
    int get(@Mixin ConnectionOptions connection, @Mixin FormatOptions format,
            @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--key", required = true, paramLabel = "JSON|@FILE") String key) {
        var parsed = JsonArguments.item(key, "--key", format.plain);
        try (var open = connection.open()) {
            return print(store(open.clients().dynamo()).get(table, parsed)
                    .orElseThrow(() -> new UserInputException("Table " + table + " has no item with that key.")),
                    format);
        }
    }

    @Command(name = "update", description = "Change an item with an update expression (SET, REMOVE, ADD, DELETE).")
    int update(@Mixin ConnectionOptions connection, @Mixin FormatOptions format,
            @Mixin ExpressionOptions expressions, @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--key", required = true, paramLabel = "JSON|@FILE") String key,
            @Option(names = "--update", required = true, paramLabel = "EXPR") String update,
            @Option(names = "--condition", paramLabel = "EXPR") String condition) {
        var parsed = JsonArguments.item(key, "--key", format.plain);
        var placeholders = expressions.expressions(format);
        try (var open = connection.open()) {
            return print(store(open.clients().dynamo()).update(table, parsed, update, Optional.ofNullable(condition),
                    placeholders), format);
        }
    }

    @Command(name = "delete", description = "Delete one item by its key; prints the item deleted.")
    int delete(@Mixin ConnectionOptions connection, @Mixin FormatOptions format,
            @Mixin ExpressionOptions expressions, @Mixin TableOptions table,
            @Option(names = "--key", required = true, paramLabel = "JSON|@FILE") String key,
            @Option(names = {"--condition", "--condition-expression"}, paramLabel = "EXPR") String condition) {
        String name = table.name();
        var parsed = JsonArguments.item(key, "--key", format.plain);
        var placeholders = expressions.expressions(format);
        try (var open = connection.open()) {
            return print(store(open.clients().dynamo()).delete(name, parsed, Optional.ofNullable(condition),
                    placeholders).orElseThrow(() -> new UserInputException("Table " + name
                    + " has no item with that key: nothing was deleted.")), format);
        }
    }

    private static ItemStore store(DynamoDbClient dynamo) {
        return new ItemStore(dynamo, new TableSchemas(new TableCatalog(dynamo)));
    }

    private int print(Map<String, AttributeValue> item, FormatOptions format) {
        var output = new JsonOutput(spec.commandLine().getOut(), format.plain);
        output.print(output.item(item));
        return 0;
    }
}
