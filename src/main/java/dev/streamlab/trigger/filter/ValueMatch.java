package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of a pattern leaf's array, tested against one scalar value present in the record. */
sealed interface ValueMatch
        permits ExactMatch, PrefixMatch, SuffixMatch, EqualsIgnoreCaseMatch, ExistsMatch, AnythingButMatch,
        NumericMatch {

    boolean matches(JsonNode value);
}
