package dev.streamlab.builtins;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.TriggerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A trigger's context on the shared DynamoDB Local, keeping the log lines. */
final class RecordingContext implements TriggerContext {

    private final String functionName;
    private final String requestId = UUID.randomUUID().toString();
    private final List<String> lines = new ArrayList<>();

    RecordingContext(String functionName) {
        this.functionName = functionName;
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public String requestId() {
        return requestId;
    }

    @Override
    public DynamoDbClient dynamo() {
        return LocalDynamo.clients().dynamo();
    }

    @Override
    public void log(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
