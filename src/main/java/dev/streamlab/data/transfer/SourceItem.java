package dev.streamlab.data.transfer;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item read from an import file, or why the text at that place is not one.
 *
 * @param line    where it starts in the file, counting from 1
 * @param problem one sentence naming the file and line
 */
record SourceItem(long line, Map<String, AttributeValue> item, Optional<String> problem) {

    static SourceItem of(long line, Map<String, AttributeValue> item) {
        return new SourceItem(line, item, Optional.empty());
    }

    static SourceItem refused(long line, String problem) {
        return new SourceItem(line, Map.of(), Optional.of(problem));
    }
}
