package dev.streamlab.cli;

import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.stream.StartingPosition;
import dev.streamlab.stream.StreamFollower;
import dev.streamlab.stream.StreamLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stream", description = "Read tables' streams.", subcommands = HelpCommand.class)
final class StreamCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "tail", description = "Print each stream record as one JSON line (the Lambda event record"
            + " shape), in order within each shard.")
    int tail(@Mixin ConnectionOptions connection,
            @Parameters(paramLabel = "TABLE", arity = "1..*") List<String> tables,
            @Option(names = "--from", paramLabel = "POSITION", defaultValue = "TRIM_HORIZON",
                    description = "TRIM_HORIZON (every record kept, the default) or LATEST (only new ones).")
            StartingPosition from,
            @Option(names = "--follow", description = "Keep printing new records until Ctrl-C or SIGTERM.")
            boolean follow) throws InterruptedException {
        var printer = new RecordLinePrinter(spec.commandLine().getOut());
        var reports = new StreamReports(spec.commandLine().getErr());
        try (var open = connection.open()) {
            // Every table is checked first: a bad name must not cut the output short after other tables' records.
            var locator = new StreamLocator(open.clients().dynamo(), open.profile().region());
            tables.forEach(locator::locate);
            List<StreamFollower> followers = new ArrayList<>();
            for (String table : tables) {
                followers.add(new StreamFollower(open, table, from, new InMemoryCheckpoints(), printer,
                        reports));
            }
            if (!follow) {
                for (StreamFollower follower : followers) {
                    follower.drain();
                }
                return 0;
            }
            followers.forEach(StreamFollower::start);
            // Followers read on their own threads; SIGTERM or Ctrl-C ends the JVM.
            new CountDownLatch(1).await();
            return 0;
        }
    }
}
