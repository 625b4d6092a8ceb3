package dev.streamlab.trigger.lambda;

import java.util.Map;

/** The handler classes the tests compile: written as for AWS, against aws-lambda-java-events and SDK v2 only. */
final class HandlerSources {

    static final String PROJECTOR = "test.handlers.Projector";
    static final String NO_CONSTRUCTOR = "test.handlers.NoConstructor";
    static final String STREAMS = "test.handlers.Streams";
    static final String PLAIN = "test.handlers.Plain";

    private HandlerSources() {
    }

    static Map<String, String> all() {
        return Map.of(PROJECTOR, PROJECTOR_SOURCE, NO_CONSTRUCTOR, NO_CONSTRUCTOR_SOURCE, STREAMS, STREAMS_SOURCE,
                PLAIN, PLAIN_SOURCE);
    }

    /**
     * Writes one item per record it handles to TARGET_TABLE with its own client, noting what it saw; fails the
     * record with Id 3 once through StreamsEventResponse (and goes on, as real handlers do).
     */
    private static final String PROJECTOR_SOURCE = """
            package test.handlers;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
            import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
            import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
            import java.util.*;
            import software.amazon.awssdk.core.SdkBytes;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
            import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

            public class Projector implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
                private final DynamoDbClient dynamo = DynamoDbClient.create();
                private final String table = System.getProperty("TARGET_TABLE");
                private boolean failedOnce;

                @Override
                public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
                    List<BatchItemFailure> failures = new ArrayList<>();
                    for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
                        var dynamodb = record.getDynamodb();
                        String id = dynamodb.getKeys().get("Id").getN();
                        if (id.equals("3") && !failedOnce) {
                            failedOnce = true;
                            failures.add(new BatchItemFailure(dynamodb.getSequenceNumber()));
                            context.getLogger().log("failing record 3 once\\n");
                            continue;
                        }
                        var image = dynamodb.getNewImage();
                        Map<String, AttributeValue> item = new HashMap<>();
                        item.put("Id", AttributeValue.fromS(id + "#" + record.getEventID()));
                        item.put("created", AttributeValue.fromN(
                                Long.toString(dynamodb.getApproximateCreationDateTime().getTime())));
                        item.put("source", AttributeValue.fromS(record.getEventSource() + " "
                                + record.getEventVersion() + " " + dynamodb.getStreamViewType()));
                        item.put("function", AttributeValue.fromS(context.getFunctionName() + " "
                                + context.getFunctionVersion() + " " + context.getLogGroupName() + " "
                                + context.getMemoryLimitInMB()));
                        item.put("requestId", AttributeValue.fromS(context.getAwsRequestId()));
                        item.put("remaining", AttributeValue.fromN(Integer.toString(context.getRemainingTimeInMillis())));
                        item.put("env", AttributeValue.fromS(
                                context.getClientContext().getEnvironment().get("TARGET_TABLE")));
                        if (image.containsKey("Name")) {
                            item.put("name", AttributeValue.fromS(image.get("Name").getS()));
                            item.put("tags", AttributeValue.fromSs(new ArrayList<>(image.get("Tags").getSS())));
                            item.put("nested", AttributeValue.fromN(
                                    image.get("Profile").getM().get("Scores").getL().get(1).getN()));
                            item.put("active", AttributeValue.fromBool(image.get("Active").getBOOL()));
                            item.put("gone", AttributeValue.fromBool(image.get("Gone").getNULL()));
                            item.put("blob", AttributeValue.fromB(SdkBytes.fromByteBuffer(image.get("Blob").getB())));
                        }
                        dynamo.putItem(r -> r.tableName(table).item(item));
                    }
                    return new StreamsEventResponse(failures);
                }
            }
            """;

    private static final String NO_CONSTRUCTOR_SOURCE = """
            package test.handlers;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;

            public class NoConstructor implements RequestHandler<DynamodbEvent, Void> {
                public NoConstructor(String table) {
                }

                @Override
                public Void handleRequest(DynamodbEvent event, Context context) {
                    return null;
                }
            }
            """;

    /** Reads the event JSON and fails its first record by sequence number, answering in JSON as Lambda expects. */
    private static final String STREAMS_SOURCE = """
            package test.handlers;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
            import com.fasterxml.jackson.databind.JsonNode;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import java.io.*;

            public class Streams implements RequestStreamHandler {
                private final ObjectMapper mapper = new ObjectMapper();

                @Override
                public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
                    JsonNode record = mapper.readTree(in).get("Records").get(0);
                    context.getLogger().log("created " + record.at("/dynamodb/ApproximateCreationDateTime"));
                    String sequence = record.at("/dynamodb/SequenceNumber").asText();
                    out.write(("{\\"batchItemFailures\\":[{\\"itemIdentifier\\":\\"" + sequence + "\\"}]}").getBytes());
                }
            }
            """;

    /** No Lambda interface: methods named with ::, one answering a Map with a null itemIdentifier, one throwing. */
    private static final String PLAIN_SOURCE = """
            package test.handlers;

            import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
            import java.util.*;

            public class Plain {
                public Map<String, Object> handle(DynamodbEvent event) {
                    Map<String, Object> failure = new HashMap<>();
                    failure.put("itemIdentifier", null);
                    return Map.of("batchItemFailures", List.of(failure));
                }

                public String boom(DynamodbEvent event) {
                    throw new IllegalStateException("no " + event.getRecords().get(0).getEventID());
                }
            }
            """;
}
