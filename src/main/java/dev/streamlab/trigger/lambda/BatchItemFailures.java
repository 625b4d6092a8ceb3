package dev.streamlab.trigger.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.trigger.BatchResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a handler's answer the way Lambda does, from its JSON form, so a {@code StreamsEventResponse}, a map or a
 * stream handler's output all count alike: no answer or no/empty {@code batchItemFailures} is success.
 */
final class BatchItemFailures {

    private BatchItemFailures() {
    }

    static BatchResponse read(JsonNode response) {
        JsonNode failures = response == null ? null : response.get("batchItemFailures");
        if (failures == null || !failures.isArray() || failures.isEmpty()) {
            return BatchResponse.success();
        }
        List<String> identifiers = new ArrayList<>();
        // A null or missing itemIdentifier names no record, and Lambda then fails the whole batch: "" does that here.
        failures.forEach(failure -> identifiers.add(failure.path("itemIdentifier").asText("")));
        return BatchResponse.failures(identifiers);
    }
}
