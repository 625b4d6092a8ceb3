package dev.streamlab.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "scan", description = "Read every item of a table or index, optionally filtered.")
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ReadOptions read;

    @Override
    public Integer call() {
        var request = read.request(Optional.empty(), false);
        try (var open = connection.open()) {
            return ItemReading.print(open, request, read.maxItems, spec.commandLine().getOut(), read.format.plain);
        }
    }
}
