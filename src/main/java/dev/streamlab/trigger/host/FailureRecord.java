package dev.streamlab.trigger.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import dev.streamlab.stream.LambdaEventJson;
import dev.streamlab.stream.StreamRecord;
import java.time.Instant;
import java.util.List;

/** The invocation record Lambda sends an on-failure destination for a stream batch, plus the records. */
final class FailureRecord {

    private FailureRecord() {
    }

    static ObjectNode of(String functionArn, String requestId, String condition, int invokeCount,
            String functionError, String shardId, List<StreamRecord> records, Instant now) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.putObject("requestContext")
                .put("requestId", requestId)
                .put("functionArn", functionArn)
                .put("condition", condition)
                .put("approximateInvokeCount", invokeCount);
        json.putObject("responseContext")
                .put("statusCode", 200)
                .put("executedVersion", "$LATEST")
                .put("functionError", functionError);
        json.put("version", "1.0");
        json.put("timestamp", now.toString());
        StreamRecord first = records.get(0);
        StreamRecord last = records.get(records.size() - 1);
        json.putObject("DDBStreamBatchInfo")
                .put("shardId", shardId)
                .put("startSequenceNumber", first.sequenceNumber())
                .put("endSequenceNumber", last.sequenceNumber())
                .put("approximateArrivalOfFirstRecord", first.approximateCreationDateTime().toString())
                .put("approximateArrivalOfLastRecord", last.approximateCreationDateTime().toString())
                .put("batchSize", records.size())
                .put("streamArn", first.eventSourceArn());
        json.set("records", LambdaEventJson.event(records).get("Records"));
        return json;
    }
}
