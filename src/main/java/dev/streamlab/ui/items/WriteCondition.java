package dev.streamlab.ui.items;

import dev.streamlab.data.Expressions;
import java.util.Map;
import java.util.Optional;

/** When Save may write: always (put replaces), only if no item has the key yet, or only over an existing one. */
public enum WriteCondition {
    ALWAYS("Always"),
    ONLY_IF_NEW("Only if new"),
    ONLY_IF_EXISTS("Only if it exists");

    private static final String KEY_NAME = "#partitionKey";

    private final String label;

    WriteCondition(String label) {
        this.label = label;
    }

    Optional<String> expression() {
        return switch (this) {
            case ALWAYS -> Optional.empty();
            case ONLY_IF_NEW -> Optional.of("attribute_not_exists(" + KEY_NAME + ")");
            case ONLY_IF_EXISTS -> Optional.of("attribute_exists(" + KEY_NAME + ")");
        };
    }

    Expressions expressions(String partitionKey) {
        return this == ALWAYS ? Expressions.none() : new Expressions(Map.of(KEY_NAME, partitionKey), Map.of());
    }

    @Override
    public String toString() {
        return label;
    }
}
