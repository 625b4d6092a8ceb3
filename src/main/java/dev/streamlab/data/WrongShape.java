package dev.streamlab.data;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says which field of a table file has the wrong kind of value and what it must be, in the words of the CLI's
 * input JSON, instead of Jackson's words (which name Java and SDK builder classes).
 */
final class WrongShape {

    private static final Map<String, String> EXAMPLES = Map.of(
            "KeySchema", "[{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]",
            "AttributeDefinitions", "[{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}]",
            "GlobalSecondaryIndexes", "[{\"IndexName\": \"by-user\", \"KeySchema\": [...], \"Projection\": {...}}]",
            "LocalSecondaryIndexes", "[{\"IndexName\": \"by-date\", \"KeySchema\": [...], \"Projection\": {...}}]",
            "StreamSpecification", "{\"StreamEnabled\": true, \"StreamViewType\": \"NEW_IMAGE\"}",
            "ProvisionedThroughput", "{\"ReadCapacityUnits\": 5, \"WriteCapacityUnits\": 5}",
            "Projection", "{\"ProjectionType\": \"ALL\"}");

    private WrongShape() {
    }

    /** e.g. " has a KeySchema of the wrong kind at line 2, column 3: KeySchema must be a list, like [...]". */
    static String describe(MismatchedInputException e, String where) {
        String field = e.getPath().stream().map(WrongShape::name).filter(name -> !name.isEmpty())
                .collect(Collectors.joining("."));
        String last = field.substring(field.lastIndexOf('.') + 1);
        String expected = expected(e.getTargetType());
        String example = EXAMPLES.containsKey(last) ? ", like " + EXAMPLES.get(last) : "";
        return field.isEmpty() ? " is not a JSON object of CreateTable fields at " + where + ": fix it and try again"
                : " has a " + last + " of the wrong kind at " + where + ": " + field + " must be " + expected + example;
    }

    private static String name(JsonMappingException.Reference reference) {
        return reference.getFieldName() == null ? "" : reference.getFieldName();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
