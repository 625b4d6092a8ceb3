package dev.streamlab.cli;

import dev.streamlab.trigger.host.RetryPause;
import dev.streamlab.trigger.host.TriggerHost;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.mapping.MappingFiles;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
            @Option(names = "--trace", paramLabel = "FILE", description = "Also write every invocation as a JSON line.")
            File trace) throws InterruptedException {
        var file = MappingFiles.read(mappings.toPath());
        var log = new InvocationLog(spec.commandLine().getOut(), spec.commandLine().getErr(),
                trace == null ? null : trace.toPath());
        ClassLoader pluginLoader = PluginJars.loader(plugins);
        try (var open = connection.open();
             var host = new TriggerHost(open, file, new TriggerRegistry(pluginLoader), state.toPath(),
                     log, RetryPause.EXPONENTIAL, pluginLoader)) {
            host.start();
            log.started(file.mappings().size(), open.describe());
            // The followers run on their own threads; SIGTERM or Ctrl-C ends the JVM.
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
