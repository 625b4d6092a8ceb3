package dev.streamlab.cli;

import dev.streamlab.data.Seeder;
import dev.streamlab.data.TableAdmin;
import java.io.File;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "seed", description = "Create the tables of a sample-data folder (tables/) and write its items (items/).")
final class SeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "DIR", description = "A folder laid out like sample-data.")
    File folder;

    @Override
    public Integer call() {
        try (var open = connection.open()) {
            var dynamo = open.clients().dynamo();
            var report = new Seeder(dynamo, new TableAdmin(dynamo, open.profile())).seed(folder.toPath());
            new JsonOutput(spec.commandLine().getOut(), false).print(report);
        }
        return 0;
    }
}
