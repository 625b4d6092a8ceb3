package dev.streamlab.ui.common;

import dev.streamlab.connect.AccountLookup;
import dev.streamlab.connect.Connection;
import dev.streamlab.data.Database;
import dev.streamlab.data.code.CodeTarget;
import dev.streamlab.stream.StreamMonitor;
import dev.streamlab.trigger.host.HostListener;
import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.trigger.host.LoadedMappings;
import dev.streamlab.trigger.host.PluginJars;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.ui.WindowOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything that lives on the window's connection: the data services, the causal trace, the readers that follow
 * every stream, and the loaded mappings with their triggers. Made and closed in the background; closing stops
 * the triggers first, then the readers, then the connection (and an embedded server with it).
 */
public final class Workspace implements AutoCloseable {

    private static final Duration LOCAL_RESCAN = Duration.ofSeconds(3);
    private static final Duration AWS_RESCAN = Duration.ofSeconds(30);

    private final Connection connection;
    private final String name;
    private final Database database;
    private final CausalTrace trace;
    private final StreamMonitor monitor;
    private final TriggerRegistry registry;
    private final LoadedMappings mappings;

    private Workspace(Connection connection, String name, WindowOptions options, Consumer<TraceEvent> events,
            StreamMonitor.Listener readers) {
        this.connection = connection;
        this.name = name;
        this.database = new Database(connection);
        this.trace = new CausalTrace(events, Clock.systemUTC());
        this.monitor = new StreamMonitor(connection, database.tables(), trace::seen, readers,
                connection.profile().isLocal() ? LOCAL_RESCAN : AWS_RESCAN);
        ClassLoader plugins = PluginJars.loader(options.plugins().map(java.nio.file.Path::toFile).orElse(null));
        this.registry = new TriggerRegistry(plugins);
        this.mappings = new LoadedMappings(connection, registry, trace, HostOptions.defaults(options.stateDir())
                .withHandlers(plugins).withLoopLimit(options.loopLimit()), HostListener.NONE);
    }

    /**
     * Opens everything on a connection and starts following the streams.
     *
     * @param name   the connection's name, as the connections list and the title show it
     * @param events  told every trace event, on the thread it happens on; it must not block
     * @param readers told how the stream readers are doing
     */
    public static Workspace open(Connection connection, String name, WindowOptions options,
            Consumer<TraceEvent> events, StreamMonitor.Listener readers) {
        var workspace = new Workspace(connection, name, options, events, readers);
        workspace.monitor.start();
        return workspace;
    }

    public Database database() {
        return database;
    }

    public StreamMonitor monitor() {
        return monitor;
    }

    /** The causal trace: every record and trigger event is told to it, and it tells the session's listeners. */
    public CausalTrace trace() {
        return trace;
    }

    public TriggerRegistry registry() {
        return registry;
    }

    public LoadedMappings mappings() {
        return mappings;
    }

    /** Where the window is connected, in words for the status bar. */
    public String describe() {
        return connection.describe();
    }

    public String name() {
        return name;
    }

    /** Asks STS which AWS account the connection acts in: empty when local, or when STS does not tell. */
    public Optional<String> account() {
        return AccountLookup.account(connection);
    }

    public String region() {
        return connection.profile().region();
    }

    /** Where copied code should send its requests: this DynamoDB Local's endpoint, or AWS in this region. */
    public CodeTarget codeTarget() {
        var profile = connection.profile();
        return new CodeTarget(profile.isLocal() ? profile.endpoint().map(Object::toString) : Optional.empty(),
                profile.region());
    }

    /** Embedded server, local endpoint, or AWS (which the window marks in a warning colour). */
    public boolean isAws() {
        return !connection.profile().isLocal();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            mappings.close();
            monitor.close();
        } finally {
            connection.close();
        }
    }
}
