package dev.streamlab.trigger;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What a trigger gets besides its records. */
public interface TriggerContext {

    /** The function's name in the mapping file. */
    String functionName();

    /** Unique per invocation, as Lambda's request id. */
    String requestId();

    /** A client for the same connection; its writes are recorded as caused by this invocation. */
    DynamoDbClient dynamo();

    /** The function's log, like Lambda's CloudWatch log: one line per call. */
    void log(String line);
}
