package dev.streamlab.trigger.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.TriggerEvent;
import dev.streamlab.trigger.mapping.FunctionDefinition;
import dev.streamlab.trigger.mapping.Handler;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The other ways Lambda calls a handler, each with its answer read as Lambda reads it. No stream needed. */
class HandlerShapesTest {

    private static final StreamRecord RECORD = new StreamRecord("e-1", "INSERT", "us-east-1", "arn", "shard-1",
            Instant.ofEpochSecond(1_700_000_000), Map.of("Id", AttributeValue.fromN("1")),
            Optional.of(Map.of("Id", AttributeValue.fromN("1"))), Optional.empty(), "4200", 10, "NEW_IMAGE",
            Optional.empty());

    @TempDir
    Path folder;
    private final SavedProperties savedProperties = new SavedProperties(List.of());
    private final List<String> log = new ArrayList<>();
    private ClassLoader plugins;

    @BeforeEach
    void compileHandlers() throws Exception {
        plugins = HandlerJars.pluginsFolder(folder, HandlerSources.all());
    }

    @AfterEach
    void restoreProperties() {
        savedProperties.restore();
    }

    @Test
    void aStreamHandlerGetsTheEventJsonAndItsJsonAnswerReportsFailures() throws Exception {
        BatchResponse response = handle(HandlerSources.STREAMS);

        assertThat(response.batchItemFailures()).containsExactly("4200");
        assertThat(log).containsExactly("created 1700000000");
    }

    @Test
    void aPlainClassMethodNamedWithColonsIsCalledAndANullItemIdentifierFailsTheWholeBatch() throws Exception {
        // "" names no record of the batch: FunctionCall then fails it whole, as Lambda does.
        assertThat(handle(HandlerSources.PLAIN + "::handle").batchItemFailures()).containsExactly("");
    }

    @Test
    void theHandlersOwnExceptionFailsTheBatch() {
        assertThatThrownBy(() -> handle(HandlerSources.PLAIN + "::boom"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no e-1");
    }

    private BatchResponse handle(String handlerName) throws Exception {
        var handler = (Handler.JavaClass) Handler.parse(handlerName);
        var trigger = LambdaHandlerTrigger.create(new FunctionDefinition("fn", handler, Map.of()), handler, plugins,
                ConnectionProfile.local(URI.create("http://localhost:8000")), LambdaHandlerTrigger.DEFAULT_TIMEOUT);
        return trigger.handle(new TriggerEvent(List.of(RECORD)), new LoggingContext());
    }

    /** The host's side of an invocation; these handlers never use the StreamLab client. */
    private final class LoggingContext implements TriggerContext {
        @Override
        public String functionName() {
            return "fn";
        }

        @Override
        public String requestId() {
            return "request-1";
        }

        @Override
        public DynamoDbClient dynamo() {
            throw new UnsupportedOperationException("Lambda handlers get no StreamLab client");
        }

        @Override
        public void log(String line) {
            log.add(line);
        }
    }
}
