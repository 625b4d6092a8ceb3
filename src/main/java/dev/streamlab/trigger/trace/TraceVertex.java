package dev.streamlab.trigger.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A step of the graph while it is being built. Links are ids, looked up when a chain is walked, so that dropping a
 * vertex leaves nothing holding on to it; a link to a dropped vertex is simply not followed.
 */
final class TraceVertex {

    enum Kind { RECORD, INVOCATION, WRITE, GAVE_UP, LOOP_GUARD, BLOCKED, WAITING }

    final String id;
    final Kind kind;
    final Instant since;
    /** What it is: for an invocation still running, null until its Invocation event comes. */
    TraceEvent event;
    /** An invocation's function, known before it ends from its log lines. */
    String functionName = "";
    final List<String> causes = new ArrayList<>();
    final List<String> consequences = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    TraceChains.Chain chain;

    TraceVertex(String id, Kind kind, Instant since, TraceEvent event) {
        this.id = id;
        this.kind = kind;
        this.since = since;
        this.event = event;
    }

    /** How much of the trace's budget it takes: itself and each log line. */
    int weight() {
        return 1 + log.size();
    }

    void causedBy(TraceVertex cause) {
        causes.add(cause.id);
        cause.consequences.add(id);
    }
}
