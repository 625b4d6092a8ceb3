package dev.streamlab.trigger.host;

import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.FunctionLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The context one invocation hands its trigger. */
record HostContext(String functionName, String requestId, DynamoDbClient dynamo, HostListener listener,
        CausalTrace trace) implements TriggerContext {

    @Override
    public void log(String line) {
        trace.tell(new FunctionLog(trace.clock().instant(), functionName, requestId, line));
        listener.functionLog(functionName, requestId, line);
    }
}
