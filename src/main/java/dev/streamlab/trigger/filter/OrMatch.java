package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code "$or": [pattern, pattern, ...]}: the object holding it matches if any branch does. */
record OrMatch(List<ObjectMatch> branches) implements Matcher {

    OrMatch {
        branches = List.copyOf(branches);
    }

    @Override
    public boolean matches(JsonNode node) {
        return branches.stream().anyMatch(branch -> branch.matches(node));
    }
}
