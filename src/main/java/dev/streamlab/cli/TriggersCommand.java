package dev.streamlab.cli;

import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.trigger.host.PluginJars;
import dev.streamlab.trigger.host.TriggerHost;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.trigger.trace.CausalTrace;
import java.io.File;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "triggers", description = "List the triggers there are, and run a mapping file's triggers.",
        subcommands = HelpCommand.class)
final class TriggersCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "The built-in triggers and those of the plugins folder.")
    int list(@Option(names = "--plugins", paramLabel = "DIR", description = "A folder of trigger plugin jars.")
            File plugins) {
        Map<String, String> triggers = new LinkedHashMap<>();
        new TriggerRegistry(PluginJars.loader(plugins)).factories()
                .forEach(factory -> triggers.put("builtin:" + factory.name(), factory.description()));
        new JsonOutput(spec.commandLine().getOut(), false).print(triggers);
        return 0;
    }

    @Command(name = "run", description = "Run the mapping file's triggers on their tables' streams until Ctrl-C"
            + " or SIGTERM, one line per invocation.")
    int run(@Mixin ConnectionOptions connection,
            @Option(names = "--mappings", required = true, paramLabel = "FILE") File mappings,
            @Option(names = "--plugins", paramLabel = "DIR", description = "A folder of trigger plugin jars.")
            File plugins,
            @Option(names = "--state", paramLabel = "DIR", defaultValue = ".streamlab-state",
                    description = "Where checkpoints are kept (default: ${DEFAULT-VALUE}).") File state,
            @Option(names = "--trace", paramLabel = "FILE",
                    description = "Write every record, invocation, derived write and failure, each naming its cause,"
                            + " as JSON lines.") File trace,
            @Option(names = "--loop-limit", paramLabel = "N", defaultValue = "16",
                    description = "Pause a mapping whose chain of causes grows past N (default: ${DEFAULT-VALUE}).")
            int loopLimit) throws InterruptedException {
        if (loopLimit < 1) {
            throw new ParameterException(spec.commandLine().getSubcommands().get("run"), "--loop-limit must be 1 or"
                    + " more, not " + loopLimit + ": it is how long a chain of writes may grow before its mapping pauses.");
        }
        var file = MappingFiles.read(mappings.toPath()).requireMappings(mappings.toString());
        HostFiles.requireStateFolder(state.toPath());
        var log = new InvocationLog(spec.commandLine().getOut(), spec.commandLine().getErr());
        var causes = new CausalTrace(trace == null ? event -> { } : TraceFile.open(trace.toPath()), Clock.systemUTC());
        ClassLoader pluginLoader = PluginJars.loader(plugins);
        var options = HostOptions.defaults(state.toPath()).withHandlers(pluginLoader).withLoopLimit(loopLimit);
        try (var open = connection.open();
             var host = new TriggerHost(open, file, new TriggerRegistry(pluginLoader), log, causes, options)) {
            host.start();
            log.started(file.mappings().size(), open.describe());
            // SIGTERM or Ctrl-C ends the JVM: stop the readers first, so no batch is cut off halfway.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(host), "streamlab-triggers-stop"));
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private static void stop(TriggerHost host) {
        try {
            host.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
