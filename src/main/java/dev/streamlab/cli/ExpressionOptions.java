package dev.streamlab.cli;

import dev.streamlab.data.Expressions;
import picocli.CommandLine.Option;

/** Placeholders for expressions: #names and :values. */
final class ExpressionOptions {

    @Option(names = {"--names", "--expression-attribute-names"}, paramLabel = "JSON",
            description = "Expression attribute names, e.g. '{\"#d\": \"date\"}'.")
    String names;

    @Option(names = {"--values", "--expression-attribute-values"}, paramLabel = "JSON",
            description = "Expression attribute values in DynamoDB JSON (plain JSON with --plain), e.g. '{\":id\": {\"S\": \"ID1\"}}'.")
    String values;

    Expressions expressions(FormatOptions format) {
        return new Expressions(JsonArguments.names(names), JsonArguments.values(values, format.plain));
    }
}
