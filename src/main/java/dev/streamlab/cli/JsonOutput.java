package dev.streamlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes command results as JSON on standard output: DynamoDB JSON, or plain JSON with --plain. */
final class JsonOutput {

    private final PrintWriter out;
    private final boolean plain;

    JsonOutput(PrintWriter out, boolean plain) {
        this.out = out;
        this.plain = plain;
    }

    JsonNode item(Map<String, AttributeValue> item) {
        return plain ? ItemJson.toPlainNode(item) : ItemJson.toDynamoNode(item);
    }

    void print(Object value) {
        try {
            out.println(Json.prettyWriter().writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator for output too long to build in memory first, such as a whole table's scan. */
    JsonGenerator stream() {
        try {
            JsonGenerator generator = Json.prettyWriter().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A read that fails halfway must not look like a complete result.
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
