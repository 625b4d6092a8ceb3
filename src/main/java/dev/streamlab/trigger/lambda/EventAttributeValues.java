package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * SDK v2 attribute values → the events library's own {@link AttributeValue}, every type and nested, because
 * that is the type a handler's {@code DynamodbEvent} carries (and what AWS's v2 transformer reads back).
 */
final class EventAttributeValues {

    private EventAttributeValues() {
    }

    static Map<String, AttributeValue> item(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        item.forEach((name, value) -> converted.put(name, value(value)));
        return converted;
    }

    static AttributeValue value(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        AttributeValue converted = new AttributeValue();
        switch (value.type()) {
            case S -> converted.setS(value.s());
            case N -> converted.setN(value.n());
            case B -> converted.setB(buffer(value.b()));
            case SS -> converted.setSS(value.ss());
            case NS -> converted.setNS(value.ns());
            case BS -> converted.setBS(value.bs().stream().map(EventAttributeValues::buffer).toList());
            case M -> converted.setM(item(value.m()));
            case L -> converted.setL(value.l().stream().map(EventAttributeValues::value).toList());
            case BOOL -> converted.setBOOL(value.bool());
            case NUL -> converted.setNULL(value.nul());
            default -> throw new IllegalArgumentException("A stream record holds an attribute of a type this SDK "
                    + "does not know (" + value + ").");
        }
        return converted;
    }

    /** A buffer of its own, writable, at position 0: what SDK v1 types (the events library's model) hand out. */
    private static ByteBuffer buffer(SdkBytes bytes) {
        return ByteBuffer.wrap(bytes.asByteArray());
    }
}
