package dev.streamlab.ui;

import dev.streamlab.connect.Connection;
import dev.streamlab.connect.Connector;
import dev.streamlab.connect.ProfileOptions;
import dev.streamlab.data.ConnectionsFile;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.mapping.MappingFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the window is started with: where to connect, which mapping files to run, and how. The same arguments come
 * from the command line ({@code streamlab --endpoint URL --mappings FILE}) and from JavaFX parameters (tests).
 *
 * @param connector       opens the connection the window starts on
 * @param mappings        the mapping files, read and checked before the window opens, by the path given
 * @param connectionsFile where the saved connections (and the last one used) are kept; recent reads go beside it
 * @param connectionGiven whether the arguments chose the connection; if not, the last one used is reopened
 */
public record WindowOptions(Supplier<Connection> connector, Map<Path, MappingFile> mappings, Optional<Path> plugins,
        Path stateDir, boolean paused, int loopLimit, Path connectionsFile, boolean connectionGiven) {

    public static final String USAGE = "the window takes --endpoint URL, --profile NAME, --region REGION, --aws,"
            + " --mappings FILE (repeatable), --plugins DIR, --state DIR, --paused, --loop-limit N and --connections FILE;"
            + " commands are listed by `streamlab --help`";

    public static Path defaultStateDir() {
        return Path.of(System.getProperty("user.home"), ".streamlab", "state");
    }

    /** Whether these arguments are for the window (none, or options) rather than a command. */
    public static boolean areForTheWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args[0].startsWith("-") && !List.of("-h", "--help", "-V", "--version", "--debug").contains(args[0]);
    }

    /** @throws UserInputException one sentence saying which argument is wrong and what the window takes */
    public static WindowOptions parse(List<String> args) {
        var parsed = new Arguments();
        try {
            new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new UserInputException(sentence(e.getMessage()) + ": " + USAGE + ".", e);
        }
        return parsed.options();
    }

    private static String sentence(String picocliMessage) {
        String first = picocliMessage.lines().findFirst().orElse(picocliMessage).strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    @Command(name = "streamlab")
    private static final class Arguments {
        @Option(names = "--endpoint", paramLabel = "URL")
        String endpoint;
        @Option(names = "--region")
        String region;
        @Option(names = "--profile", paramLabel = "NAME")
        String profile;
        @Option(names = "--aws")
        boolean aws;
        @Option(names = "--mappings", paramLabel = "FILE")
        List<Path> mappings = new ArrayList<>();
        @Option(names = "--plugins", paramLabel = "DIR")
        Path plugins;
        @Option(names = "--state", paramLabel = "DIR")
        Path state;
        @Option(names = "--paused")
        boolean paused;
        @Option(names = "--loop-limit", paramLabel = "N")
        int loopLimit = HostOptions.DEFAULT_LOOP_LIMIT;
        @Option(names = "--connections", paramLabel = "FILE")
        Path connections;

        WindowOptions options() {
            if (loopLimit < 1) {
                throw new UserInputException("--loop-limit is " + loopLimit
                        + ", but a chain of causes needs room for at least one step: give 1 or more (default "
                        + HostOptions.DEFAULT_LOOP_LIMIT + ").");
            }
            if (plugins != null && !Files.isDirectory(plugins)) {
                throw new UserInputException("--plugins " + plugins + " is not a folder: give the folder that holds"
                        + " your trigger jars.");
            }
            if (state != null && Files.exists(state) && !Files.isDirectory(state)) {
                throw new UserInputException("--state " + state + " is a file: give a folder for the checkpoints.");
            }
            Map<Path, MappingFile> files = new LinkedHashMap<>();
            mappings.forEach(file -> files.put(file, MappingFiles.read(file).requireMappings(file.toString())));
            if (connections != null && Files.isDirectory(connections)) {
                throw new UserInputException("--connections " + connections + " is a folder: give the file that"
                        + " keeps the saved connections (default " + ConnectionsFile.defaultLocation() + ").");
            }
            return new WindowOptions(connector(), files, Optional.ofNullable(plugins),
                    state == null ? defaultStateDir() : state, paused, loopLimit,
                    connections == null ? ConnectionsFile.defaultLocation() : connections, connectionGiven());
        }

        private boolean connectionGiven() {
            return endpoint != null || profile != null || aws;
        }

        /** With no connection option: DynamoDB Local on :8000 if one runs, else an embedded one with its data on disk. */
        private Supplier<Connection> connector() {
            if (!connectionGiven()) {
                if (region != null) {
                    throw new UserInputException("--region " + region + " needs --endpoint, --profile or --aws: the"
                            + " local server has one region.");
                }
                return () -> Connector.connectDefault(EmbeddedOptions.onDisk(EmbeddedOptions.DEFAULT_PORT,
                        EmbeddedOptions.defaultDataDir()));
            }
            var profileChosen = ProfileOptions.resolve(Optional.ofNullable(endpoint), Optional.ofNullable(region),
                    Optional.ofNullable(profile), aws);
            return () -> Connector.connect(profileChosen);
        }
    }
}
