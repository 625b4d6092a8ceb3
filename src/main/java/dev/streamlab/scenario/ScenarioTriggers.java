package dev.streamlab.scenario;

import dev.streamlab.trigger.host.LoadedMappings;
import dev.streamlab.trigger.host.MappingRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scenario's triggers: starts its mapping files unless their functions run already (loaded by hand, by
 * --mappings, or by an earlier opening), pauses or resumes them for stepping through, and waits until each listens,
 * so that a mapping reading from LATEST sees the scenario's first write.
 */
final class ScenarioTriggers {

    static final String PAUSE_REASON = "stepping through the scenario";
    /** Against a reachable endpoint a reader takes its position in milliseconds; an outage is reported elsewhere. */
    private static final Duration LISTENING_DEADLINE = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 20;

    private final Scenario scenario;
    private final LoadedMappings loaded;

    ScenarioTriggers(Scenario scenario, LoadedMappings loaded) {
        this.scenario = scenario;
        this.loaded = loaded;
    }

    /** @return the file names of the mapping files started now */
    List<String> start(boolean stepThrough) throws InterruptedException {
        List<String> started = new ArrayList<>();
        for (MappingSource source : scenario.mappings()) {
            if (!running().containsAll(source.file().functions().keySet())) {
                loaded.load(source.file(), source.path().toString(), stepThrough);
                started.add(source.path().getFileName().toString());
            }
        }
        if (stepThrough) {
            stepThrough(true);
        }
        awaitListening();
        return started;
    }

    /** Holds every batch of the scenario's triggers at its gate until stepped, or lets them flow again. */
    void stepThrough(boolean on) {
        for (MappingRuntime runtime : runtimes()) {
            if (on) {
                runtime.gate().pause(PAUSE_REASON);
            } else {
                runtime.gate().resume();
            }
        }
    }

    private List<MappingRuntime> runtimes() {
        Set<String> functions = scenario.functionNames();
        return loaded.mappings().stream().filter(runtime -> functions.contains(runtime.function().name())).toList();
    }

    private Set<String> running() {
        return loaded.mappings().stream().map(runtime -> runtime.function().name()).collect(Collectors.toSet());
    }

    private void awaitListening() throws InterruptedException {
        long end = System.nanoTime() + LISTENING_DEADLINE.toNanos();
        while (System.nanoTime() < end
                && !runtimes().stream().filter(MappingRuntime::enabled).allMatch(MappingRuntime::listening)) {
            Thread.sleep(POLL_MILLIS);
        }
    }
}
