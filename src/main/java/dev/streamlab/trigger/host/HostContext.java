package dev.streamlab.trigger.host;

import dev.streamlab.trigger.TriggerContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The context one invocation hands its trigger. */
record HostContext(String functionName, String requestId, DynamoDbClient dynamo, HostListener listener)
        implements TriggerContext {

    @Override
    public void log(String line) {
        listener.functionLog(functionName, requestId, line);
    }
}
