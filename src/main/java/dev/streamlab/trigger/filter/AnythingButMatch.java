package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code {"anything-but": [values]}}: a present value equal to none of the listed ones. A missing field does not
 * match, as on Lambda: "anything but X" still requires the field.
 */
record AnythingButMatch(List<ExactMatch> excluded) implements ValueMatch {

    AnythingButMatch {
        excluded = List.copyOf(excluded);
    }

    @Override
    public boolean matches(JsonNode value) {
        return excluded.stream().noneMatch(exact -> exact.matches(value));
    }
}
