package dev.streamlab.ui.triggers;

import dev.streamlab.stream.LambdaEventJson;
import dev.streamlab.trigger.trace.BatchGivenUp;
import dev.streamlab.trigger.trace.LoopGuardTripped;
import dev.streamlab.trigger.trace.ShardBlocked;
import java.util.Optional;

/**
 * Something in the triggers a user must see: a batch given up on (with its records), the loop guard pausing a
 * mapping, a shard blocked by a record that keeps failing.
 *
 * @param style   the badge's colour class: danger for records given up on, warning otherwise
 * @param records the records given up on, as their trigger got them; empty for the other kinds
 * @param traceId a record to show the chain of causes around, if any
 */
public record WarningRow(String time, String kind, String style, String functionName, String title, String records,
        Optional<String> traceId) {

    static WarningRow of(BatchGivenUp failure) {
        String records = failure.records().isEmpty() ? String.join("\n", failure.eventIds())
                : Formats.pretty(LambdaEventJson.event(failure.records()));
        return new WarningRow(Formats.time(failure.time()), "gave up", "danger", failure.functionName(),
                failure.functionName() + " gave up on " + Formats.plural(failure.eventIds().size(), "record", "records")
                        + " of " + failure.table() + ": " + failure.condition(),
                records, failure.eventIds().stream().findFirst());
    }

    static WarningRow of(LoopGuardTripped trip) {
        return new WarningRow(Formats.time(trip.time()), "loop guard", "warning", trip.functionName(),
                "Loop guard paused " + trip.functionName() + ": a chain of " + trip.depth() + " writes on "
                        + trip.table() + ", each caused by the one before; resume it once the trigger is fixed",
                "", trip.eventIds().stream().findFirst());
    }

    static WarningRow of(ShardBlocked blocked) {
        return new WarningRow(Formats.time(blocked.time()), "blocked", "warning", blocked.functionName(),
                blocked.functionName() + " is stuck on shard " + Formats.shortId(blocked.shardId()) + " of "
                        + blocked.table() + " after " + blocked.attempts() + " attempts: with MaximumRetryAttempts -1"
                        + " a failing record waits until it expires",
                "", Optional.empty());
    }
}
