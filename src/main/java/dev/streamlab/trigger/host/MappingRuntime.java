package dev.streamlab.trigger.host;

import dev.streamlab.stream.StreamFollower;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.mapping.EventSourceMapping;
import dev.streamlab.trigger.mapping.FunctionDefinition;

/**
 * One mapping of a running host: its gate (step mode), what it has done so far, and its stream reader, which
 * runs while the mapping is enabled. Disabling keeps its checkpoints, so enabling it again resumes after the last
 * record it handled; its trigger is made once, like a warm container.
 */
public final class MappingRuntime {

    private final TriggerHost host;
    private final EventSourceMapping mapping;
    private final FunctionDefinition function;
    private final MappingGate gate;
    private final MappingStats stats = new MappingStats();
    /** Taken while a reader starts or stops, which asks DynamoDB; status reads never wait for it. */
    private final Object switching = new Object();
    private Trigger trigger;
    private volatile Reading reading;

    /** A reader following the mapping's table, and the processor that batches and delivers its records. */
    record Reading(StreamFollower follower, MappingShardProcessor processor, HostStop stop) {
    }

    MappingRuntime(TriggerHost host, EventSourceMapping mapping, FunctionDefinition function, MappingGate gate) {
        this.host = host;
        this.mapping = mapping;
        this.function = function;
        this.gate = gate;
    }

    public EventSourceMapping mapping() {
        return mapping;
    }

    public FunctionDefinition function() {
        return function;
    }

    public MappingGate gate() {
        return gate;
    }

    MappingStats stats() {
        return stats;
    }

    /** Makes the trigger, so that a bad handler is reported before any mapping starts reading. */
    Trigger trigger() {
        synchronized (switching) {
            if (trigger == null) {
                trigger = host.createTrigger(this);
            }
            return trigger;
        }
    }

    /** Starts reading the table's stream (from the checkpoint, if any); the table must have a stream now. */
    public void enable() {
        synchronized (switching) {
            if (reading == null) {
                Reading started = host.follow(this, trigger());
                started.follower().start();
                reading = started;
            }
        }
    }

    /** Stops reading; a batch held at the gate is dropped unhandled and comes again after {@link #enable()}. */
    public void disable() throws InterruptedException {
        synchronized (switching) {
            Reading stopping = reading;
            if (stopping != null) {
                reading = null;
                stopping.stop().begin();
                stopping.follower().close();
            }
        }
    }

    /** No batch starts from now on; the reader stops with {@link #disable()}. */
    void stopping() {
        Reading now = reading;
        if (now != null) {
            now.stop().begin();
        }
    }

    public boolean enabled() {
        return reading != null;
    }

    /**
     * Whether its reader has taken its position in the stream, so that a write made now reaches it even from
     * LATEST; a scenario waits for this before its first step.
     */
    public boolean listening() {
        Reading now = reading;
        return now != null && now.processor().listening();
    }

    /** Never waits for DynamoDB: a front end may ask on its UI thread. */
    public MappingStatus status() {
        Reading now = reading;
        int waiting = now == null ? 0 : now.processor().recordsWaiting();
        MappingStatus.State state = now == null ? MappingStatus.State.DISABLED
                : gate.pausedByLoopGuard() ? MappingStatus.State.LOOP_GUARD
                : gate.paused() ? MappingStatus.State.PAUSED
                : stats.isBlocked() ? MappingStatus.State.BLOCKED
                : MappingStatus.State.RUNNING;
        return new MappingStatus(function.name(), mapping.tableName(), state, gate.reason(), stats.invocations(),
                stats.errors(), stats.lastDuration(), waiting, gate.pending().size());
    }
}
