package dev.streamlab.cli;

import dev.streamlab.data.ItemStore;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.model.UserInputException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "items", description = "Put, get, update, delete, scan and query items.",
        subcommands = {ScanCommand.class, QueryCommand.class, picocli.CommandLine.HelpCommand.class})
final class ItemsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "put", description = "Write an item (replacing any with the same key).")
    int put(@Mixin ConnectionOptions connection, @Mixin ExpressionOptions expressions,
            @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--item", required = true, paramLabel = "JSON|@FILE") String item,
            @Option(names = "--condition", paramLabel = "EXPR") String condition) {
        var parsed = JsonArguments.item(item, "--item", expressions.plain);
        var placeholders = expressions.expressions();
        try (var open = connection.open()) {
            store(open.clients().dynamo()).put(table, parsed, Optional.ofNullable(condition), placeholders);
            output(expressions).print(output(expressions).item(parsed));
        }
        return 0;
    }

    @Command(name = "get", description = "Read one item by its key.")
    int get(@Mixin ConnectionOptions connection, @Mixin ExpressionOptions expressions,
            @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--key", required = true, paramLabel = "JSON|@FILE") String key) {
        var parsed = JsonArguments.item(key, "--key", expressions.plain);
        try (var open = connection.open()) {
            var found = store(open.clients().dynamo()).get(table, parsed)
                    .orElseThrow(() -> new UserInputException("Table " + table + " has no item with that key."));
            output(expressions).print(output(expressions).item(found));
        }
        return 0;
    }

    @Command(name = "update", description = "Change an item with an update expression (SET, REMOVE, ADD, DELETE).")
    int update(@Mixin ConnectionOptions connection, @Mixin ExpressionOptions expressions,
            @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--key", required = true, paramLabel = "JSON|@FILE") String key,
            @Option(names = "--update", required = true, paramLabel = "EXPR") String update,
            @Option(names = "--condition", paramLabel = "EXPR") String condition) {
        var parsed = JsonArguments.item(key, "--key", expressions.plain);
        var placeholders = expressions.expressions();
        try (var open = connection.open()) {
            var item = store(open.clients().dynamo()).update(table, parsed, update, Optional.ofNullable(condition),
                    placeholders);
            output(expressions).print(output(expressions).item(item));
        }
        return 0;
    }

    @Command(name = "delete", description = "Delete one item by its key; prints the item deleted.")
    int delete(@Mixin ConnectionOptions connection, @Mixin ExpressionOptions expressions,
            @Parameters(paramLabel = "TABLE") String table,
            @Option(names = "--key", required = true, paramLabel = "JSON|@FILE") String key,
            @Option(names = "--condition", paramLabel = "EXPR") String condition) {
        var parsed = JsonArguments.item(key, "--key", expressions.plain);
        var placeholders = expressions.expressions();
        try (var open = connection.open()) {
            var old = store(open.clients().dynamo()).delete(table, parsed, Optional.ofNullable(condition),
                    placeholders)
                    .orElseThrow(() -> new UserInputException("Table " + table + " has no item with that key:"
                            + " nothing was deleted."));
            output(expressions).print(output(expressions).item(old));
        }
        return 0;
    }

    private static ItemStore store(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo) {
        return new ItemStore(dynamo, new TableSchemas(new TableCatalog(dynamo)));
    }

    private JsonOutput output(ExpressionOptions expressions) {
        return new JsonOutput(spec.commandLine().getOut(), expressions.plain);
    }
}
