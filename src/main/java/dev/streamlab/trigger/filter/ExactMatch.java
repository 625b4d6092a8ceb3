package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An exact value: string, number, boolean or null. Types must agree, so {@code "12"} does not match 12. Numbers
 * compare by their written form, as Lambda documents: 300, 300.0 and 3.0e2 are different values.
 */
record ExactMatch(JsonNode expected) implements ValueMatch {

    @Override
    public boolean matches(JsonNode value) {
        if (expected.isNull()) {
            return value.isNull();
        }
        if (expected.isNumber()) {
            return value.isNumber() && value.asText().equals(expected.asText());
        }
        return value.getNodeType() == expected.getNodeType() && value.equals(expected);
    }
}
