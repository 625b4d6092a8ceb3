package dev.streamlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.streamlab.json.Json;
import dev.streamlab.stream.Checkpointer;
import dev.streamlab.stream.LambdaEventJson;
import dev.streamlab.stream.RecordBatch;
import dev.streamlab.stream.ShardRecordProcessor;
import dev.streamlab.stream.StreamHandle;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Prints records as JSON lines; shards are read concurrently, so each batch is printed whole. */
final class RecordLinePrinter implements ShardRecordProcessor {

    private final PrintWriter out;
    private final Map<String, Checkpointer> checkpointers = new ConcurrentHashMap<>();

    RecordLinePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
        checkpointers.put(shardId, checkpointer);
    }

    @Override
    public void processBatch(RecordBatch batch) {
        synchronized (out) {
            for (var record : batch.records()) {
                try {
                    out.println(Json.mapper().writeValueAsString(LambdaEventJson.record(record)));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.flush();
        }
        checkpointers.get(batch.shardId()).checkpoint(batch.lastSequenceNumber());
    }
}
