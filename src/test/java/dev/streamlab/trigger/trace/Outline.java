package dev.streamlab.trigger.trace;

import dev.streamlab.trigger.trace.TraceNode.BlockedNode;
import dev.streamlab.trigger.trace.TraceNode.Forgotten;
import dev.streamlab.trigger.trace.TraceNode.GaveUpNode;
import dev.streamlab.trigger.trace.TraceNode.InvocationNode;
import dev.streamlab.trigger.trace.TraceNode.LoopGuardNode;
import dev.streamlab.trigger.trace.TraceNode.OutsideWrite;
import dev.streamlab.trigger.trace.TraceNode.RecordNode;
import dev.streamlab.trigger.trace.TraceNode.Repeat;
import dev.streamlab.trigger.trace.TraceNode.WaitingNode;
import dev.streamlab.trigger.trace.TraceNode.WriteNode;
import java.util.ArrayList;
import java.util.List;

/** A chain as indented lines, one per step, so a test can state its whole shape at once. */
final class Outline {

    private Outline() {
    }

    static List<String> of(TraceChain chain) {
        List<String> lines = new ArrayList<>();
        chain.tops().forEach(top -> add(top, 0, lines));
        return lines;
    }

    private static void add(TraceNode node, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + line(node));
        node.children().forEach(child -> add(child, depth + 1, lines));
    }

    static String line(TraceNode node) {
        if (node instanceof OutsideWrite) {
            return "outside write";
        } else if (node instanceof Forgotten) {
            return "earlier causes forgotten";
        } else if (node instanceof RecordNode record) {
            return record.eventName() + " " + record.table() + " " + record.keys().get("Id").s();
        } else if (node instanceof InvocationNode call) {
            return call.ended().map(end -> call.functionName() + " #" + end.attempt() + " " + end.outcome())
                    .orElse(call.functionName() + " running");
        } else if (node instanceof WriteNode write) {
            return write.write().write().operation() + " " + write.write().write().table();
        } else if (node instanceof GaveUpNode gaveUp) {
            return "gave up: " + gaveUp.failure().condition();
        } else if (node instanceof LoopGuardNode guard) {
            return "loop guard at depth " + guard.trip().depth();
        } else if (node instanceof BlockedNode blocked) {
            return "shard blocked after " + blocked.blocked().attempts();
        } else if (node instanceof WaitingNode waiting) {
            return "waiting at " + waiting.functionName();
        } else if (node instanceof Repeat repeat) {
            return "again: " + line(repeat.shown());
        }
        throw new IllegalArgumentException("Unknown step " + node);
    }
}
