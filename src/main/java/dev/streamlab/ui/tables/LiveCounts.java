package dev.streamlab.ui.tables;

import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the list's item counts current where DynamoDB counts live (DynamoDB Local): a stream record that inserts or
 * removes an item has its table described again. Records are told on reader threads and reach the FX thread through
 * a LiveFeed, so a burst of writes costs a description per table at a time, never one per record. AWS counts only
 * about every six hours, so there nothing is described again.
 */
final class LiveCounts {

    private static final int CAPACITY = 10_000;
    /** A MODIFY leaves the count as it was. */
    private static final List<String> COUNTED = List.of("INSERT", "REMOVE");

    LiveCounts(Session session, Consumer<String> recount) {
        var changed = new LiveFeed<String>(CAPACITY, session.fxThread(), tables -> {
            if (session.workspace().get() != null && !session.workspace().get().isAws()) {
                new LinkedHashSet<>(tables).forEach(recount);
            }
        });
        session.onTraceEvent(event -> {
            if (event instanceof RecordTraced traced && COUNTED.contains(traced.record().eventName())) {
                changed.offer(traced.table());
            }
        });
    }
}
