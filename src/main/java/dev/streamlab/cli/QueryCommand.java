package dev.streamlab.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "query", description = "Read the items of one partition of a table or index, in sort-key order.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ReadOptions read;

    @Option(names = {"--key-condition", "--key-condition-expression"}, required = true, paramLabel = "EXPR",
            description = "e.g. 'pk = :pk AND begins_with(sk, :year)'.")
    String keyCondition;

    @Option(names = {"--descending", "--no-scan-index-forward"}, description = "Newest (highest sort key) first.")
    boolean descending;

    @Override
    public Integer call() {
        var request = read.request(Optional.of(keyCondition), descending);
        try (var open = connection.open()) {
            return ItemReading.print(open, request, read.maxItems, spec.commandLine().getOut(), read.format.plain);
        }
    }
}
