package dev.streamlab.ui.triggers;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.trace.PendingBatch;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch waiting at a paused mapping, made on the thread that tells it, with the exact event JSON its trigger will
 * get already written out.
 *
 * @param id    what a step names
 * @param title e.g. "EmailChecker ← CloudAcademyLabs"
 * @param json  the event, pretty-printed: {"Records": [...]}
 */
public record PendingRow(String id, String functionName, String table, String shardId, int recordCount,
        List<String> eventIds, String title, String detail, String json) {

    static PendingRow of(PendingBatch batch) {
        List<StreamRecord> records = batch.event().records();
        String events = records.stream().map(StreamRecord::eventName).distinct().collect(Collectors.joining("/"));
        String detail = Formats.plural(records.size(), "record", "records") + (events.isEmpty() ? "" : " · " + events)
                + " · shard " + Formats.shortId(batch.shardId()) + " · since " + Formats.time(batch.since());
        return new PendingRow(batch.id(), batch.functionName(), batch.table(), batch.shardId(), records.size(),
                batch.eventIds(), batch.functionName() + " ← " + batch.table(), detail,
                Formats.pretty(batch.event().json()));
    }
}
