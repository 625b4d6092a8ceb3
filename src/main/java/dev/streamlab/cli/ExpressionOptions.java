package dev.streamlab.cli;

import dev.streamlab.data.Expressions;
import picocli.CommandLine.Option;

/** Placeholders for expressions, and the --plain switch that also decides how --values is read. */
final class ExpressionOptions {

    @Option(names = "--names", paramLabel = "JSON",
            description = "Expression attribute names, e.g. '{\"#d\": \"date\"}'.")
    String names;

    @Option(names = "--values", paramLabel = "JSON",
            description = "Expression attribute values in DynamoDB JSON (plain JSON with --plain), e.g. '{\":id\": {\"S\": \"ID1\"}}'.")
    String values;

    @Option(names = "--plain", description = "Read and write plain JSON instead of DynamoDB JSON.")
    boolean plain;

    Expressions expressions() {
        return new Expressions(JsonArguments.names(names), JsonArguments.values(values, plain));
    }
}
