package dev.streamlab.data.transfer;

import dev.streamlab.json.ItemJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB JSON lines as DynamoDB's export to S3 writes them: {"Item": {...}} on each line. */
final class JsonLinesSink implements ItemSink {

    private final Writer out;

    JsonLinesSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Map<String, AttributeValue> item) throws IOException {
        out.write("{\"Item\":");
        out.write(ItemJson.writeDynamo(item));
        out.write("}\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
