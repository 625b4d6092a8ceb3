package dev.streamlab.builtins;

import dev.streamlab.connect.Connection;
import dev.streamlab.stream.Checkpointer;
import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.stream.RecordBatch;
import dev.streamlab.stream.ShardRecordProcessor;
import dev.streamlab.stream.StartingPosition;
import dev.streamlab.stream.StreamFollower;
import dev.streamlab.stream.StreamHandle;
import dev.streamlab.stream.StreamListener;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.TriggerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a table's real stream records; each call returns only those written since the last one. */
final class StreamTap {

    private final String table;
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();

    StreamTap(String table) {
        this.table = table;
    }

    List<StreamRecord> newRecords() throws InterruptedException {
        List<StreamRecord> records = new ArrayList<>();
        ShardRecordProcessor collector = new ShardRecordProcessor() {
            private Checkpointer checkpointer;

            @Override
            public void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
                this.checkpointer = checkpointer;
            }

            @Override
            public void processBatch(RecordBatch batch) {
                records.addAll(batch.records());
                checkpointer.checkpoint(batch.lastSequenceNumber());
            }
        };
        var connection = new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server()));
        new StreamFollower(connection, table, StartingPosition.TRIM_HORIZON, checkpoints, collector,
                StreamListener.NONE).drain();
        return records;
    }

    TriggerEvent newEvent() throws InterruptedException {
        return new TriggerEvent(newRecords());
    }
}
