package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code {"exists": true|false}}. Any present leaf value satisfies {@code true} and defeats {@code false};
 * the absent case, where only {@code false} matches, is decided by {@link LeafMatch}.
 */
record ExistsMatch(boolean present) implements ValueMatch {

    @Override
    public boolean matches(JsonNode value) {
        return present;
    }
}
