package dev.streamlab.builtins;

import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerFactory;
import java.util.Map;

/** Makes {@link MessageGroupSkRewrite}s: TABLE_NAME (default: the record's table) and INDEX_NAME. */
public final class MessageGroupSkRewriteFactory implements TriggerFactory {

    @Override
    public String name() {
        return "message-group-sk-rewrite";
    }

    @Override
    public String description() {
        return "On a new MSG# message row, moves its group's GRP# rows to the message's sk and text (seeds 001/004).";
    }

    @Override
    public Trigger create(Map<String, String> environment) {
        var settings = new Settings(environment);
        return new MessageGroupSkRewrite(settings.name("TABLE_NAME"),
                settings.name("INDEX_NAME").orElse("message-group-sk-index"));
    }
}
