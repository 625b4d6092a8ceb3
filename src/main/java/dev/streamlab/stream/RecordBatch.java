package dev.streamlab.stream;

import java.util.List;

/** The records one GetRecords call returned from one shard, in shard order. */
public record RecordBatch(StreamHandle stream, String shardId, List<StreamRecord> records) {

    public RecordBatch {
        records = List.copyOf(records);
    }

    public String lastSequenceNumber() {
        return records.get(records.size() - 1).sequenceNumber();
    }
}
