package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code {"equals-ignore-case": "..."}}: a string value equal to the given one regardless of case. */
record EqualsIgnoreCaseMatch(String expected) implements ValueMatch {

    @Override
    public boolean matches(JsonNode value) {
        return value.isTextual() && value.textValue().equalsIgnoreCase(expected);
    }
}
