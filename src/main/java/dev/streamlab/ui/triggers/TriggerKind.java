package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.TriggerFactory;
import dev.streamlab.trigger.mapping.Handler;

/** A trigger there is (a built-in or a plugin jar's), as a mapping's Handler names it. */
public record TriggerKind(String handler, String description) {

    static TriggerKind of(TriggerFactory factory) {
        return new TriggerKind(Handler.BUILTIN_PREFIX + factory.name(), factory.description());
    }
}
