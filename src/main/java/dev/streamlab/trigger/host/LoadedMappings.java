package dev.streamlab.trigger.host;

import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.trace.CausalTrace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping files a console has loaded, each run by its own host on one connection and one trace. Function
 * names are unique across them, so that an invocation, a log line or a paused gate names one function.
 */
public final class LoadedMappings implements AutoCloseable {

    private final Connection connection;
    private final TriggerRegistry registry;
    private final CausalTrace trace;
    private final HostOptions options;
    private final HostListener listener;
    private final Map<String, TriggerHost> hosts = new LinkedHashMap<>();
    private volatile List<MappingRuntime> running = List.of();

    public LoadedMappings(Connection connection, TriggerRegistry registry, CausalTrace trace, HostOptions options,
            HostListener listener) {
        this.connection = connection;
        this.registry = registry;
        this.trace = trace;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Starts a mapping file's triggers.
     *
     * @param source what the file is called in messages, and the name to unload it by
     * @param paused every mapping starts paused, for stepping through its first batches
     */
    public List<MappingRuntime> load(MappingFile file, String source, boolean paused) throws InterruptedException {
        var host = new TriggerHost(connection, file.requireMappings(source), registry, listener, trace, options);
        reserve(source, file, host);
        if (paused) {
            host.mappings().forEach(mapping -> mapping.gate().pause("started paused"));
        }
        try {
            host.start();
        } catch (RuntimeException e) {
            host.close();
            synchronized (this) {
                hosts.remove(source);
            }
            throw e;
        }
        publish();
        return host.mappings();
    }

    /** Checks and claims the file's name and functions before its host starts, which asks DynamoDB. */
    private synchronized void reserve(String source, MappingFile file, TriggerHost host) {
        if (hosts.containsKey(source)) {
            throw new UserInputException(source + " is loaded already: unload it first to load it again.");
        }
        for (TriggerHost other : hosts.values()) {
            for (MappingRuntime loaded : other.mappings()) {
                if (file.functions().containsKey(loaded.function().name())) {
                    throw new UserInputException(source + " defines function " + loaded.function().name()
                            + ", which is loaded already: unload the file that has it, or rename the function.");
                }
            }
        }
        hosts.put(source, host);
    }

    /** Stops a file's triggers; their checkpoints stay in the state folder. */
    public void unload(String source) throws InterruptedException {
        TriggerHost host;
        synchronized (this) {
            host = hosts.remove(source);
        }
        if (host != null) {
            publish();
            host.close();
        }
    }

    public synchronized List<String> sources() {
        return List.copyOf(hosts.keySet());
    }

    /** The source a running mapping was loaded as, for unloading its file; empty once unloaded. */
    public synchronized Optional<String> sourceOf(MappingRuntime mapping) {
        return hosts.entrySet().stream().filter(entry -> entry.getValue().mappings().contains(mapping))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Every running mapping, file by file in load order; never waits for a file that is loading. */
    public List<MappingRuntime> mappings() {
        return running;
    }

    public void pauseAll(String why) {
        mappings().forEach(mapping -> mapping.gate().pause(why));
    }

    public void resumeAll() {
        mappings().forEach(mapping -> mapping.gate().resume());
    }

    private synchronized void publish() {
        List<MappingRuntime> all = new ArrayList<>();
        hosts.values().forEach(host -> all.addAll(host.mappings()));
        running = List.copyOf(all);
    }

    @Override
    public void close() throws InterruptedException {
        List<TriggerHost> stopping;
        synchronized (this) {
            stopping = new ArrayList<>(hosts.values());
            hosts.clear();
        }
        publish();
        for (TriggerHost host : stopping) {
            host.close();
        }
    }
}
