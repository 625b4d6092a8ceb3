package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One level of a parsed pattern, tested against the record node at the same place. The node may be a
 * {@link com.fasterxml.jackson.databind.node.MissingNode}: absence is meaningful to {@code {"exists": false}}.
 */
sealed interface Matcher permits ObjectMatch, OrMatch, LeafMatch {

    boolean matches(JsonNode node);
}
