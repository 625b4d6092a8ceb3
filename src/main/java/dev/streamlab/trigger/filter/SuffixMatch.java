package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code {"suffix": "..."}}: a string value that ends with the suffix, case-sensitive. */
record SuffixMatch(String suffix) implements ValueMatch {

    @Override
    public boolean matches(JsonNode value) {
        return value.isTextual() && value.textValue().endsWith(suffix);
    }
}
