package dev.streamlab.trigger.lambda;

import dev.streamlab.trigger.trace.Invocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.host.HostListener;
import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.trigger.host.TriggerHost;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.TraceJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** A real Lambda handler class, compiled here and loaded from a plugins jar, run by the host on a real table. */
class LambdaHandlerTriggerTest {

    private final List<ObjectNode> trace = Collections.synchronizedList(new ArrayList<>());

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private final DynamoDbClient dynamo = LocalDynamo.clients().dynamo();
    private final List<Invocation> invocations = new ArrayList<>();
    private final List<String> logLines = new ArrayList<>();
    private final SavedProperties savedProperties = new SavedProperties(List.of("TARGET_TABLE"));
    private ClassLoader plugins;

    @BeforeEach
    void compileHandlers() throws Exception {
        plugins = HandlerJars.pluginsFolder(folder, HandlerSources.all());
    }

    /** They are JVM-wide: other tests must not find this test's endpoint and key. */
    @AfterEach
    void restoreProperties() {
        savedProperties.restore();
    }

    @Test
    void aRequestHandlerWritesWithItsOwnClientAndItsReportedFailureIsWhereTheRetryStarts() throws Exception {
        String source = table("lambda-source", "Id", ScalarAttributeType.N, true);
        String target = table("lambda-target", "Id", ScalarAttributeType.S, false);
        putEveryType(source);
        for (int id = 2; id <= 5; id++) {
            put(source, Map.of("Id", AttributeValue.fromN(Integer.toString(id))));
        }

        try (var host = host(mapping(HandlerSources.PROJECTOR, source, target))) {
            host.start();
            awaitItems(target, 5);
        }

        Map<String, Map<String, AttributeValue>> byId = dynamo.scan(r -> r.tableName(target)).items().stream()
                .collect(Collectors.toMap(item -> item.get("Id").s().split("#")[0], item -> item));
        String eventOf3 = byId.get("3").get("Id").s().split("#")[1];
        synchronized (this) {
            int partial = indexOfOutcome("PartialFailure");
            assertThat(invocations.get(partial).causes()).contains(eventOf3);
            assertThat(invocations.get(partial + 1).causes().get(0)).isEqualTo(eventOf3);
            assertThat(logLines).contains("failing record 3 once");
        }
        var first = byId.get("1");
        assertThat(first.get("source").s()).isEqualTo("aws:dynamodb 1.1 NEW_AND_OLD_IMAGES");
        assertThat(first.get("function").s()).isEqualTo("projector $LATEST /aws/lambda/projector 128");
        assertThat(first.get("env").s()).isEqualTo(target);
        assertThat(Integer.parseInt(first.get("remaining").n())).isBetween(1, 3000);
        assertThat(Instant.ofEpochMilli(Long.parseLong(first.get("created").n())))
                .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
        assertThat(first.get("requestId").s()).isNotEqualTo(byId.get("3").get("requestId").s());
        assertThat(first.get("name").s()).isEqualTo("ann");
        assertThat(first.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
        assertThat(first.get("nested").n()).isEqualTo("20");
        assertThat(first.get("active").bool()).isTrue();
        assertThat(first.get("gone").bool()).isTrue();
        assertThat(first.get("blob").b().asUtf8String()).isEqualTo("bytes");

        // The handler's own DynamoDbClient.create() is traced too: each target item's put names its invocation.
        var invocationIds = trace.stream().filter(e -> e.path("type").asText().equals("invocation"))
                .map(e -> e.path("id").asText()).toList();
        assertThat(trace).filteredOn(e -> e.path("type").asText().equals("write")
                        && e.path("table").asText().equals(target))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(write -> assertThat(invocationIds).contains(write.path("cause").asText()));
    }

    @Test
    void handlersLambdaCouldNotCallStopTheHostWithOneSentenceNamingFunctionAndHandler() {
        assertThatThrownBy(() -> host(mapping("test.handlers.Missing", "any-table", "t")).start())
                .isInstanceOf(UserInputException.class)
                .hasMessage("The function projector has the handler test.handlers.Missing, but no class "
                        + "test.handlers.Missing is on the class path or in a plugins jar.");
        assertThatThrownBy(() -> host(mapping(HandlerSources.PROJECTOR + "::nope", "any-table", "t")).start())
                .isInstanceOf(UserInputException.class)
                .hasMessage("The function projector has the handler test.handlers.Projector::nope, but it has no "
                        + "public method nope taking (DynamodbEvent, Context), (DynamodbEvent) or "
                        + "(InputStream, OutputStream, Context).");
        assertThatThrownBy(() -> host(mapping(HandlerSources.NO_CONSTRUCTOR, "any-table", "t")).start())
                .isInstanceOf(UserInputException.class)
                .hasMessage("The function projector has the handler test.handlers.NoConstructor, but its class has "
                        + "no public constructor without arguments.");
    }

    private TriggerHost host(String mappingJson) {
        var file = MappingFiles.parse(mappingJson, "mapping.json", folder);
        HostListener listener = new HostListener() {
            @Override
            public void invoked(Invocation invocation) {
                synchronized (LambdaHandlerTriggerTest.this) {
                    invocations.add(invocation);
                }
            }

            @Override
            public void functionLog(String functionName, String requestId, String line) {
                synchronized (LambdaHandlerTriggerTest.this) {
                    logLines.add(line);
                }
            }
        };
        return new TriggerHost(new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server())), file,
                new TriggerRegistry(plugins), listener, new CausalTrace(event -> TraceJson.of(event).ifPresent(trace::add), Clock.systemUTC()),
                HostOptions.defaults(folder.resolve("state")).withPause(attempt -> { }).withHandlers(plugins));
    }

    private static String mapping(String handler, String source, String target) {
        return """
                {"functions": {"projector": {"Handler": "%s", "Environment": {"Variables": {"TARGET_TABLE": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "projector", "TableName": "%s",
                     "StartingPosition": "TRIM_HORIZON", "BatchSize": 10, "MaximumRetryAttempts": 3,
                     "FunctionResponseTypes": ["ReportBatchItemFailures"]}]}
                """.formatted(handler, target, source);
    }

    private String table(String prefix, String key, ScalarAttributeType type, boolean stream) {
        String name = LocalDynamo.uniqueTableName(prefix);
        dynamo.createTable(r -> {
            r.tableName(name).billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName(key).attributeType(type))
                    .keySchema(k -> k.attributeName(key).keyType(KeyType.HASH));
            if (stream) {
                r.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES));
            }
        });
        return name;
    }

    private void putEveryType(String table) {
        put(table, Map.of("Id", AttributeValue.fromN("1"), "Name", AttributeValue.fromS("ann"),
                "Tags", AttributeValue.fromSs(List.of("a", "b")),
                "Profile", AttributeValue.fromM(Map.of("Scores", AttributeValue.fromL(List.of(
                        AttributeValue.fromN("10"), AttributeValue.fromN("20"))))),
                "Active", AttributeValue.fromBool(true), "Gone", AttributeValue.fromNul(true),
                "Blob", AttributeValue.fromB(SdkBytes.fromUtf8String("bytes"))));
    }

    private void put(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    private void awaitItems(String table, int count) throws InterruptedException {
        Await.until(count + " items in " + table, DEADLINE, () -> dynamo.scan(r -> r.tableName(table)).count() >= count);
    }

    private int indexOfOutcome(String outcome) {
        for (int i = 0; i < invocations.size(); i++) {
            if (invocations.get(i).outcome().equals(outcome)) {
                return i;
            }
        }
        throw new AssertionError("No " + outcome + " invocation in " + invocations);
    }
}
