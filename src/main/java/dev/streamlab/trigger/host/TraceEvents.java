package dev.streamlab.trigger.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import java.time.Instant;
import java.util.List;

/** The host's own trace events: invocations (caused by their batch's records) and batches given up on. */
final class TraceEvents {

    private TraceEvents() {
    }

    static ObjectNode invocation(Invocation call) {
        ObjectNode json = Json.mapper().createObjectNode()
                .put("type", "invocation").put("id", call.requestId()).put("time", Instant.now().toString())
                .put("function", call.functionName()).put("table", call.table()).put("shardId", call.shardId())
                .put("attempt", call.attempt()).put("outcome", call.outcome())
                .put("durationMs", call.duration().toMillis());
        call.causes().forEach(json.putArray("causes")::add);
        call.error().ifPresent(e -> json.put("error", e));
        return json;
    }

    static ObjectNode failure(String functionName, String condition, List<String> eventIds) {
        ObjectNode json = Json.mapper().createObjectNode()
                .put("type", "failure").put("time", Instant.now().toString())
                .put("function", functionName).put("condition", condition);
        eventIds.forEach(json.putArray("causes")::add);
        return json;
    }
}
