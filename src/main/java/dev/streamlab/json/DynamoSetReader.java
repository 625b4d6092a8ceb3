package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads SS, NS and BS, enforcing DynamoDB's rules up front: a set is never empty and holds no duplicates. */
final class DynamoSetReader {

    private final JsonParser parser;
    private final String source;
    private final DynamoScalarReader scalars;

    DynamoSetReader(JsonParser parser, String source, DynamoScalarReader scalars) {
        this.parser = parser;
        this.source = source;
        this.scalars = scalars;
    }

    /** Each reader starts at the value after its tag and leaves the parser at the set's END_ARRAY. */
    AttributeValue strings(String path) throws IOException {
        return AttributeValue.fromSs(members(path, DynamoTag.SS, () -> scalars.string(path, DynamoTag.SS), s -> s));
    }

    AttributeValue numbers(String path) throws IOException {
        return AttributeValue.fromNs(members(path, DynamoTag.NS, () -> scalars.number(path, DynamoTag.NS),
                DynamoNumbers::setKey));
    }

    AttributeValue binaries(String path) throws IOException {
        return AttributeValue.fromBs(members(path, DynamoTag.BS, () -> scalars.binary(path, DynamoTag.BS), b -> b));
    }

    /** @param sameWhen maps a member to what DynamoDB compares: "1" and "1.0" are the same number */
    private <T> List<T> members(String path, DynamoTag tag, Member<T> member, Function<T, Object> sameWhen)
            throws IOException {
        JsonLocation setAt = parser.currentTokenLocation();
        scalars.require(JsonToken.START_ARRAY, path, tag);
        List<T> members = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String written = parser.getText();
            T value = member.read();
            if (!seen.add(sameWhen.apply(value))) {
                throw scalars.fail(path, "has " + tag + " with \"" + written + "\" more than once, but DynamoDB sets"
                        + " cannot hold duplicates: remove the repeated member");
            }
            members.add(value);
        }
        if (members.isEmpty()) {
            throw JsonProblems.attribute(source, path, setAt, "has an empty " + tag + ", but DynamoDB sets cannot be"
                    + " empty: add a member or remove the attribute");
        }
        return members;
    }

    /** Reads one member at the current token. */
    private interface Member<T> {
        T read() throws IOException;
    }
}
