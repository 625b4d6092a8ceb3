package dev.streamlab.data.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Where exported items go, one at a time; {@link #finish()} completes the file (a JSON array's end, CSV's rows). */
public interface ItemSink extends Closeable {

    void write(Map<String, AttributeValue> item) throws IOException;

    void finish() throws IOException;

    /** Frees what the sink holds besides the output (which its owner closes); called whether it finished or not. */
    @Override
    default void close() throws IOException {
    }
}
