package dev.streamlab.builtins;

import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerFactory;
import java.util.Map;

/** Makes {@link KeyLogger}s; it has no settings. */
public final class KeyLoggerFactory implements TriggerFactory {

    @Override
    public String name() {
        return "key-logger";
    }

    @Override
    public String description() {
        return "Logs the keys of every stream record as DynamoDB JSON, as seed 002's Orders event logger does.";
    }

    @Override
    public Trigger create(Map<String, String> environment) {
        return new KeyLogger();
    }
}
