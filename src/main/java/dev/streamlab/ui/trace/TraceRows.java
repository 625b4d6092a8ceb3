package dev.streamlab.ui.trace;

import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.TraceNode;
import dev.streamlab.trigger.trace.TracedItem;
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
import dev.streamlab.ui.trace.TraceRow.ItemTarget;
import dev.streamlab.ui.trace.TraceRow.Kind;
import dev.streamlab.ui.trace.TraceRow.RecordTarget;
import dev.streamlab.ui.trace.TraceRow.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Puts a chain into words, a row per step; the step's kind decides its icon, its colour and what "Show" opens. */
final class TraceRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private TraceRows() {
    }

    static List<TraceRow> of(List<TraceNode> nodes) {
        return nodes.stream().map(TraceRows::row).toList();
    }

    static TraceRow row(TraceNode node) {
        if (node instanceof OutsideWrite outside) {
            return outside(outside);
        } else if (node instanceof Forgotten forgotten) {
            return new TraceRow(forgotten.id(), Kind.NOTE, "Earlier causes no longer kept", "", "", "",
                    StepWords.FORGOTTEN, false, Optional.empty(), Optional.empty(), List.of(row(forgotten.node())));
        } else if (node instanceof RecordNode record) {
            return record(record);
        } else if (node instanceof InvocationNode call) {
            return invocation(call);
        } else if (node instanceof WriteNode write) {
            return write(write);
        } else if (node instanceof Repeat repeat) {
            TraceRow shown = row(repeat.shown());
            return new TraceRow(repeat.id(), Kind.NOTE, "Shown above: " + shown.what(), shown.table(), "", "",
                    StepWords.REPEAT, false, shown.target(), Optional.empty(), List.of());
        }
        return outcome(node);
    }

    private static TraceRow outside(OutsideWrite outside) {
        RecordNode record = outside.record();
        return new TraceRow(outside.id(), Kind.OUTSIDE_WRITE, StepWords.outsideWrite(record.eventName()),
                record.table(), "", "", StepWords.OUTSIDE, false,
                Optional.of(new RecordTarget(record.eventId())), Optional.of(itemOf(record)), List.of(record(record)));
    }

    private static TraceRow record(RecordNode record) {
        Kind kind = switch (record.eventName()) {
            case "INSERT" -> Kind.INSERT;
            case "REMOVE" -> Kind.REMOVE;
            default -> Kind.MODIFY;
        };
        // Its depth shows as the tree's indent, and in words in the tooltip.
        String what = record.eventName() + " " + KeyText.of(record.keys());
        return new TraceRow(record.eventId(), kind, what, record.table(), TIME.format(record.time()),
                record.afterWrite().map(after -> "+" + duration(after)).orElse(""), StepWords.record(record), false,
                Optional.of(new RecordTarget(record.eventId())), Optional.of(itemOf(record)), of(record.children()));
    }

    private static TraceRow invocation(InvocationNode call) {
        List<TraceRow> children = new ArrayList<>(log(call));
        children.addAll(of(call.children()));
        Optional<Target> batch = call.ended().flatMap(end -> end.causes().stream().findFirst()).map(RecordTarget::new);
        return new TraceRow(call.id(), Kind.INVOCATION, StepWords.invocation(call), call.ended().map(Invocation::table)
                .orElse(""), TIME.format(call.time()), call.ended().map(end -> duration(end.duration())).orElse(""),
                StepWords.invocationDetail(call), call.failed(), batch, Optional.empty(), children);
    }

    /** One line shows as itself; more gather under one node, which starts collapsed so the writes stay in view. */
    private static List<TraceRow> log(InvocationNode call) {
        List<TraceRow> lines = new ArrayList<>();
        for (String line : call.log()) {
            lines.add(new TraceRow(call.id() + "#log" + lines.size(), Kind.LOG, KeyText.shortened(line), "", "", "",
                    line, false, Optional.empty(), Optional.empty(), List.of()));
        }
        if (lines.size() <= 1) {
            return lines;
        }
        return List.of(new TraceRow(call.id() + "#log", Kind.LOG, "Log · " + lines.size() + " lines", "", "", "",
                String.join("\n", call.log()), false, Optional.empty(), Optional.empty(), lines));
    }

    private static TraceRow write(WriteNode node) {
        var write = node.write().write();
        // A PutItem's request holds the whole item: its record, when there is one, names just the key.
        Optional<RecordNode> record = node.children().stream().filter(RecordNode.class::isInstance)
                .map(RecordNode.class::cast).findFirst();
        var key = record.map(RecordNode::keys).orElse(write.key());
        boolean wholeItem = record.isEmpty() && "PutItem".equals(write.operation());
        return new TraceRow(node.id(), Kind.WRITE, write.operation() + " " + KeyText.of(key), write.table(),
                TIME.format(node.time()), "", StepWords.write(write.operation(), record.isPresent()), false,
                Optional.of(new ItemTarget(write.table(), key, wholeItem)),
                wholeItem ? Optional.empty() : Optional.of(new TracedItem(write.table(), key)), of(node.children()));
    }

    private static TraceRow outcome(TraceNode node) {
        String time = TIME.format(node.time());
        if (node instanceof GaveUpNode gaveUp) {
            var failure = gaveUp.failure();
            return leaf(node, Kind.GAVE_UP, failure.functionName() + " gave up: " + failure.condition(),
                    failure.table(), time, StepWords.GAVE_UP, true, failure.eventIds());
        } else if (node instanceof LoopGuardNode guard) {
            var trip = guard.trip();
            return leaf(node, Kind.LOOP_GUARD, "Loop guard stopped " + trip.functionName() + " at depth "
                    + trip.depth(), trip.table(), time, StepWords.loopGuard(trip.depth()), true, trip.eventIds());
        } else if (node instanceof BlockedNode blocked) {
            var shard = blocked.blocked();
            return leaf(node, Kind.BLOCKED, "Shard blocked: " + shard.functionName() + " failed " + shard.attempts()
                    + " attempts", shard.table(), time, StepWords.BLOCKED, true, List.of());
        }
        var waiting = (WaitingNode) node;
        return leaf(node, Kind.WAITING, "Waiting at paused " + waiting.functionName()
                + (waiting.records() > 1 ? " · " + waiting.records() + " records" : ""), waiting.table(), time,
                StepWords.waiting(waiting.functionName()), false, List.of());
    }

    private static TraceRow leaf(TraceNode node, Kind kind, String what, String table, String time, String detail,
            boolean failure, List<String> batch) {
        return new TraceRow(node.id(), kind, what, table, time, "", detail, failure,
                batch.stream().findFirst().map(RecordTarget::new), Optional.empty(), List.of());
    }

    private static TracedItem itemOf(RecordNode record) {
        return new TracedItem(record.table(), record.keys());
    }

    static String duration(Duration duration) {
        double millis = duration.toNanos() / 1_000_000.0;
        if (millis < 0.1) {
            return "<0.1 ms";
        }
        if (millis < 10) {
            return String.format("%.1f ms", millis);
        }
        return millis < 1000 ? Math.round(millis) + " ms" : String.format("%.2f s", millis / 1000);
    }

    static String time(Instant instant) {
        return SECONDS.format(instant);
    }
}
