package dev.streamlab.ui.trace;

import dev.streamlab.trigger.trace.TraceGraph;
import dev.streamlab.trigger.trace.TraceNode.InvocationNode;
import dev.streamlab.trigger.trace.TraceNode.RecordNode;
import java.util.Optional;

/** What each kind of step means, in the words its row and tooltip use. */
final class StepWords {

    static final String OUTSIDE = "A write no trigger of this window made: yours, the CLI's or a script's (or"
            + " anything from before the window connected). Everything below follows from it.";
    static final String FORGOTTEN = "The trace keeps the latest " + String.format("%,d", TraceGraph.DEFAULT_CAPACITY)
            + " steps; the start of this chain was dropped.";
    static final String REPEAT = "This batch held several records of this chain: what happened to it is shown in"
            + " full under the first of them.";
    static final String GAVE_UP = "Retries or the records' age ran out: the batch went to the on-failure destination"
            + " (or was dropped without one) and the shard went on.";
    static final String BLOCKED = "Retries are unlimited (MaximumRetryAttempts -1), so the shard waits on this batch,"
            + " as on AWS.";

    private StepWords() {
    }

    static String outsideWrite(String eventName) {
        return switch (eventName) {
            case "INSERT" -> "Put by you or a client";
            case "REMOVE" -> "Delete by you or a client";
            default -> "Update by you or a client";
        };
    }

    static String record(RecordNode record) {
        return "Stream record " + record.eventId() + (record.afterWrite().isPresent()
                ? ", read " + TraceRows.duration(record.afterWrite().get()) + " after the write that made it" : "")
                + (record.depth() > 0 ? "; depth " + record.depth() + ": " + record.depth()
                        + (record.depth() == 1 ? " invocation lies" : " invocations lie") + " between it and the first"
                        + " write" : "")
                + ". Show selects it in the Stream tab.";
    }

    static String invocation(InvocationNode call) {
        if (call.ended().isEmpty()) {
            return (call.functionName().isEmpty() ? "Invocation" : call.functionName()) + " · running…";
        }
        var end = call.ended().get();
        // The outcome first: a narrow column cuts the end off.
        StringBuilder what = new StringBuilder(end.functionName()).append(" · ").append(end.outcome());
        if (!end.batchItemFailures().isEmpty()) {
            what.append(" (").append(end.batchItemFailures().size()).append(" reported failed)");
        }
        if (end.attempt() > 1) {
            what.append(" · attempt ").append(end.attempt());
        }
        if (end.causes().size() > 1) {
            what.append(" · ").append(end.causes().size()).append(" records");
        }
        return KeyText.shortened(what.toString());
    }

    static String invocationDetail(InvocationNode call) {
        Optional<String> error = call.ended().flatMap(end -> end.error());
        return error.map(e -> e + "\n\n").orElse("") + "Request " + call.requestId()
                + ". Show selects the first record of its batch in the Stream tab.";
    }

    static String write(String operation, boolean recordSeen) {
        return operation + " made by the invocation above" + (recordSeen ? "; its stream record follows."
                : "; no stream record of it yet (the table may have no stream, or nothing changed).")
                + " Show opens the item.";
    }

    static String loopGuard(int depth) {
        return "A chain of " + depth + " writes, each caused by the one before, passed the loop guard's limit:"
                + " the mapping is paused until you resume it in the Triggers panel.";
    }

    static String waiting(String functionName) {
        return functionName + " is paused: step or resume it in the Triggers panel to deliver this batch.";
    }
}
