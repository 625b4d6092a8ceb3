package dev.streamlab.local;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** DynamoDB Local running inside this process, listening on 127.0.0.1 only. */
public final class EmbeddedDynamoDb implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDynamoDb.class);
    /** sqlite4java logs through java.util.logging, outside SLF4J; held here so its level sticks. */
    private static final java.util.logging.Logger SQLITE_LOG = java.util.logging.Logger.getLogger("com.almworks.sqlite4java");

    static {
        SQLITE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final DynamoDBProxyServer proxy;
    private final Server jetty;
    private final EmbeddedOptions options;
    private final WriteSignal writes;
    private Thread shutdownHook;

    private EmbeddedDynamoDb(DynamoDBProxyServer proxy, Server jetty, EmbeddedOptions options, WriteSignal writes) {
        this.proxy = proxy;
        this.jetty = jetty;
        this.options = options;
        this.writes = writes;
    }

    /** Starts a server; a port already taken is a {@link UserInputException} naming the port. */
    public static EmbeddedDynamoDb start(EmbeddedOptions options) {
        prepareDataDir(options);
        DynamoDBProxyServer proxy = createProxy(options);
        Server jetty = JettyAccess.serverOf(proxy);
        for (var connector : jetty.getConnectors()) {
            // DynamoDB Local binds every interface and has no option for it.
            ((ServerConnector) connector).setHost(LOOPBACK);
            ((ServerConnector) connector).setPort(options.port());
        }
        WriteSignal writes = new WriteSignal();
        jetty.setHandler(new WriteObserver(jetty.getHandler(), writes));
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(proxy);
            if (isBindFailure(e)) {
                throw new UserInputException("Port " + options.port() + " on " + LOOPBACK
                        + " is already in use: stop what listens there or choose another port with --port.", e);
            }
            throw new IllegalStateException("DynamoDB Local could not start: " + e.getMessage(), e);
        }
        var server = new EmbeddedDynamoDb(proxy, jetty, options, writes);
        LOG.info("Embedded DynamoDB Local listening on {}", server.endpoint());
        return server;
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public URI endpoint() {
        return URI.create("http://" + LOOPBACK + ":" + port());
    }

    public EmbeddedOptions options() {
        return options;
    }

    /** Fires whenever a write to this server completes, from whichever client it came. */
    public WriteSignal writes() {
        return writes;
    }

    /** Stops the server when the JVM exits (normal exit, Ctrl-C or SIGTERM). */
    public EmbeddedDynamoDb closeOnShutdown() {
        shutdownHook = new Thread(this::stopServer, "streamlab-dynamodb-local-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        return this;
    }

    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                return;
            }
        }
        stopServer();
    }

    private void stopServer() {
        stopQuietly(proxy);
        LOG.info("Embedded DynamoDB Local stopped");
    }

    /**
     * Built as DynamoDB Local's own runner builds it, minus its banner on stdout and its telemetry:
     * always one shared database (-sharedDb), whatever access key and region a client uses.
     */
    private static DynamoDBProxyServer createProxy(EmbeddedOptions options) {
        var requests = new LocalDynamoDBRequestHandler(0, options.inMemory(),
                options.dataDir().map(Path::toString).orElse(null), true, false);
        // The port is replaced on the connector before start; the constructor only needs a valid one.
        return new DynamoDBProxyServer(EmbeddedOptions.DEFAULT_PORT, new LocalDynamoDBServerHandler(requests, null));
    }

    private static void prepareDataDir(EmbeddedOptions options) {
        if (options.dataDir().isEmpty()) {
            return;
        }
        var dir = options.dataDir().get();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserInputException("The data folder " + dir + " cannot be created (" + e.getMessage()
                    + "): choose another with --data or use --in-memory.", e);
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("Failed to bind")) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(DynamoDBProxyServer proxy) {
        try {
            proxy.stop();
        } catch (Exception e) {
            LOG.warn("DynamoDB Local did not stop cleanly", e);
        }
    }
}
