package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code {"prefix": "..."}}: a string value that begins with the prefix, case-sensitive. */
record PrefixMatch(String prefix) implements ValueMatch {

    @Override
    public boolean matches(JsonNode value) {
        return value.isTextual() && value.textValue().startsWith(prefix);
    }
}
