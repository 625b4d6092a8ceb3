package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.streamlab.trigger.TriggerContext;
import java.nio.charset.StandardCharsets;

/** A handler's {@code context.getLogger()}: its lines go to the function's log, as they would to CloudWatch. */
final class TriggerLogger implements LambdaLogger {

    private final TriggerContext context;

    TriggerLogger(TriggerContext context) {
        this.context = context;
    }

    @Override
    public void log(String message) {
        // Handlers often end lines with "\n" for CloudWatch; the function's log is already one line per call.
        context.log(message == null ? "null" : message.stripTrailing());
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
