package dev.streamlab.ui.trace;

import dev.streamlab.trigger.trace.TracedItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One node of the trace tree, with the words it shows: made off the FX thread, never changed.
 *
 * @param id       the step's id: a record's eventID, an invocation's request id, a write's id
 * @param detail   the tooltip: what the step means, in a sentence
 * @param failure  drawn in red: a failed invocation, a batch given up on, the loop guard's stop, a blocked shard
 * @param target   what "Show" opens, if anything
 * @param item     the item the step recorded or wrote, when its key is known: its history can be traced
 */
public record TraceRow(String id, Kind kind, String what, String table, String time, String duration, String detail,
        boolean failure, Optional<Target> target, Optional<TracedItem> item, List<TraceRow> children) {

    public TraceRow {
        children = List.copyOf(children);
    }

    /** What a step is; each kind has its icon and style. */
    public enum Kind {
        OUTSIDE_WRITE("fth-user", "trace-outside"),
        INSERT("fth-plus-circle", "event-insert"),
        MODIFY("fth-edit-3", "event-modify"),
        REMOVE("fth-minus-circle", "event-remove"),
        INVOCATION("fth-play", "trace-invocation"),
        WRITE("fth-edit-2", "trace-write"),
        LOG("fth-align-left", "trace-log"),
        GAVE_UP("fth-x-octagon", "trace-failure"),
        LOOP_GUARD("fth-repeat", "trace-failure"),
        BLOCKED("fth-alert-triangle", "trace-failure"),
        WAITING("fth-pause-circle", "trace-waiting"),
        NOTE("fth-more-horizontal", "trace-note");

        private final String icon;
        private final String styleClass;

        Kind(String icon, String styleClass) {
            this.icon = icon;
            this.styleClass = styleClass;
        }

        /** An Ikonli Feather literal. */
        public String icon() {
            return icon;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    /** Where "Show" goes: a record in the stream view, or an item in the items view. */
    public sealed interface Target {
    }

    public record RecordTarget(String eventId) implements Target {
    }

    /** @param wholeItem {@code key} is a PutItem's whole item: its key attributes are found from the table */
    public record ItemTarget(String table, Map<String, AttributeValue> key, boolean wholeItem) implements Target {
    }
}
