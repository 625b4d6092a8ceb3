package dev.streamlab.ui.stream;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.ui.stream.RecordDetails.Fact;
import java.util.List;

/** The selected record's fields, named as in Lambda's event record, with what they mean where it helps. */
final class RecordFacts {

    private RecordFacts() {
    }

    static List<Fact> of(StreamRow row) {
        StreamRecord record = row.record();
        return List.of(
                new Fact("eventID", record.eventId()),
                new Fact("ApproximateCreationDateTime", record.approximateCreationDateTime() + " ("
                        + record.approximateCreationDateTime().getEpochSecond() + ")"),
                new Fact("SizeBytes", Long.toString(record.sizeBytes())),
                new Fact("StreamViewType", record.streamViewType()),
                new Fact("SequenceNumber", record.sequenceNumber()),
                new Fact("Shard", record.shardId()),
                new Fact("Depth", depth(row)),
                new Fact("userIdentity", record.userIdentity()
                        .map(who -> who.principalId() + " (" + who.type() + ")")
                        .orElse("none: a write by a client, not a TTL deletion")),
                new Fact("eventSourceARN", record.eventSourceArn()));
    }

    private static String depth(StreamRow row) {
        int depth = row.traced().depth();
        return row.traced().cause()
                .map(write -> depth + ": made by a trigger's write (" + write + ")")
                .orElse(depth + ": a write made outside any trigger");
    }
}
