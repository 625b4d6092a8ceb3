package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.streamlab.trigger.TriggerContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One invocation's {@link Context}, with the values Lambda gives a function at $LATEST with its default 128 MB.
 * The remaining time counts down from the function's timeout; nothing stops a handler that overruns it.
 */
final class LambdaContext implements Context {

    static final String VERSION = "$LATEST";
    static final int MEMORY_MB = 128;

    private final TriggerContext trigger;
    private final String functionArn;
    private final ClientContext clientContext;
    private final long deadlineNanos;
    private final LambdaLogger logger;

    LambdaContext(TriggerContext trigger, String functionArn, ClientContext clientContext, long timeoutMillis) {
        this.trigger = trigger;
        this.functionArn = functionArn;
        this.clientContext = clientContext;
        this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000;
        this.logger = new TriggerLogger(trigger);
    }

    @Override
    public String getAwsRequestId() {
        return trigger.requestId();
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + trigger.functionName();
    }

    /** Lambda's format, "2026/11/22/[$LATEST]" and an id; one stream per host run is enough here. */
    @Override
    public String getLogStreamName() {
        return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/[" + VERSION + "]"
                + ProcessHandle.current().pid();
    }

    @Override
    public String getFunctionName() {
        return trigger.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return VERSION;
    }

    @Override
    public String getInvokedFunctionArn() {
        return functionArn;
    }

    /** Lambda gives a Cognito identity only to mobile SDK calls, never to a stream's. */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return clientContext;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return MEMORY_MB;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
