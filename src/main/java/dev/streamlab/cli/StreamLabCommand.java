package dev.streamlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "streamlab", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "StreamLab 0.1.0",
        description = "A console for DynamoDB Streams. With no command it opens the window.",
        subcommands = {ServeCommand.class, TablesCommand.class, ItemsCommand.class, SeedCommand.class, StreamCommand.class, TriggersCommand.class,
                PartiqlCommand.class,
                HelpCommand.class})
final class StreamLabCommand {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;
}
