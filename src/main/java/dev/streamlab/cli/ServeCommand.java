package dev.streamlab.cli;

import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Run DynamoDB Local on 127.0.0.1 until stopped (Ctrl-C or SIGTERM).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    int port = EmbeddedOptions.DEFAULT_PORT;

    @Option(names = "--port", description = "Port to listen on, 0 for any free one (default: 8000).")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + value + ".");
        }
        port = value;
    }

    @ArgGroup(exclusive = true)
    Storage storage = new Storage();

    static final class Storage {
        @Option(names = "--in-memory", description = "Keep tables in memory only: they are gone when it stops.")
        boolean inMemory;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder that keeps tables (default: ~/.streamlab/data).")
        File dataDir;
    }

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedOptions options = storage.inMemory ? EmbeddedOptions.inMemory(port)
                : EmbeddedOptions.onDisk(port, storage.dataDir == null ? EmbeddedOptions.defaultDataDir()
                        : storage.dataDir.toPath());
        EmbeddedDynamoDb server = EmbeddedDynamoDb.start(options).closeOnShutdown();
        var out = spec.commandLine().getOut();
        out.println("DynamoDB Local listening on " + server.endpoint()
                + options.dataDir().map(dir -> " (data in " + dir + ")").orElse(" (in memory)")
                + "; stop with Ctrl-C.");
        out.flush();
        // The shutdown hook stops the server; this thread only keeps the JVM alive until then.
        new CountDownLatch(1).await();
        return 0;
    }
}
