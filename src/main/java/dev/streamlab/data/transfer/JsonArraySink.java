package dev.streamlab.data.transfer;

import dev.streamlab.json.ItemJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A JSON array of plain-JSON items, one per line, written as they come. */
final class JsonArraySink implements ItemSink {

    private final Writer out;
    private boolean first = true;

    JsonArraySink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Map<String, AttributeValue> item) throws IOException {
        out.write(first ? "[\n  " : ",\n  ");
        first = false;
        out.write(ItemJson.writePlain(item));
    }

    @Override
    public void finish() throws IOException {
        out.write(first ? "[]\n" : "\n]\n");
        out.flush();
    }
}
