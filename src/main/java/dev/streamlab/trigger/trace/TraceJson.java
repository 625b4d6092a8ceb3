package dev.streamlab.trigger.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import java.util.Optional;

/**
 * The trace file's JSON lines ({@code triggers run --trace}): records, invocations, derived writes and failures,
 * each naming its cause. The events that only front ends draw live are not written.
 */
public final class TraceJson {

    private TraceJson() {
    }

    public static Optional<ObjectNode> of(TraceEvent event) {
        if (event instanceof RecordTraced record) {
            return Optional.of(record(record));
        }
        if (event instanceof WriteTraced write) {
            return Optional.of(write(write));
        }
        if (event instanceof Invocation invocation) {
            return Optional.of(invocation(invocation));
        }
        if (event instanceof BatchGivenUp failure) {
            return Optional.of(failure(failure));
        }
        return Optional.empty();
    }

    private static ObjectNode record(RecordTraced traced) {
        var record = traced.record();
        ObjectNode json = start("record").put("id", record.eventId()).put("time", traced.time().toString())
                .put("eventName", record.eventName()).put("table", traced.table())
                .put("sequenceNumber", record.sequenceNumber()).put("depth", traced.depth());
        json.set("keys", ItemJson.toDynamoNode(record.keys()));
        traced.cause().ifPresent(cause -> json.put("cause", cause));
        return json;
    }

    private static ObjectNode write(WriteTraced traced) {
        ObjectNode json = start("write").put("id", traced.id()).put("time", traced.time().toString())
                .put("operation", traced.write().operation()).put("table", traced.write().table())
                .put("cause", traced.invocationId());
        json.set("key", ItemJson.toDynamoNode(traced.write().key()));
        return json;
    }

    private static ObjectNode invocation(Invocation call) {
        ObjectNode json = start("invocation").put("id", call.requestId()).put("time", call.time().toString())
                .put("function", call.functionName()).put("table", call.table()).put("shardId", call.shardId())
                .put("attempt", call.attempt()).put("outcome", call.outcome())
                .put("durationMs", call.duration().toMillis());
        call.causes().forEach(json.putArray("causes")::add);
        call.error().ifPresent(e -> json.put("error", e));
        return json;
    }

    private static ObjectNode failure(BatchGivenUp failure) {
        ObjectNode json = start("failure").put("time", failure.time().toString())
                .put("function", failure.functionName()).put("condition", failure.condition());
        failure.eventIds().forEach(json.putArray("causes")::add);
        return json;
    }

    private static ObjectNode start(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }
}
