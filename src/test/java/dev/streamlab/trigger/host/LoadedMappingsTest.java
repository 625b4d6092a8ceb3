package dev.streamlab.trigger.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.TraceEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A console's mapping files: loaded, paused, disabled and enabled again, unloaded. */
class LoadedMappingsTest {

    private final String orders = TestTables.orders().name();
    private final List<TraceEvent> events = new CopyOnWriteArrayList<>();
    private LoadedMappings loaded;

    @BeforeEach
    void open(@TempDir Path state) {
        var connection = new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server()));
        loaded = new LoadedMappings(connection, new TriggerRegistry(getClass().getClassLoader()),
                new CausalTrace(events::add, Clock.systemUTC()), HostOptions.defaults(state), HostListener.NONE);
    }

    @AfterEach
    void close() throws InterruptedException {
        loaded.close();
    }

    private MappingFile keyLogger(String function) {
        return MappingFiles.parse("""
                {"functions": {"%s": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [{"FunctionName": "%s", "TableName": "%s",
                                          "StartingPosition": "TRIM_HORIZON", "BatchSize": 1}]}
                """.formatted(function, function, orders), "test.json", Path.of("."));
    }

    @Test
    void aFileLoadedPausedHoldsItsFirstBatchUntilResumed() throws Exception {
        var mapping = loaded.load(keyLogger("Audit"), "audit.json", true).get(0);
        HostFixture.put(orders, 1);

        mapping.gate().awaitPending(HostFixture.DEADLINE);
        assertThat(mapping.status().state()).isEqualTo(MappingStatus.State.PAUSED);
        assertThat(mapping.status().batchesWaiting()).isEqualTo(1);
        assertThat(invocations()).isEmpty();

        loaded.resumeAll();

        Await.until("the batch is delivered", () -> invocations().size() == 1);
        assertThat(mapping.status().state()).isEqualTo(MappingStatus.State.RUNNING);
        assertThat(mapping.status().invocations()).isEqualTo(1);
        assertThat(mapping.status().lastDuration()).isPresent();
    }

    @Test
    void aMappingDisabledAndEnabledAgainResumesAfterItsCheckpoint() throws Exception {
        var mapping = loaded.load(keyLogger("Audit"), "audit.json", false).get(0);
        HostFixture.put(orders, 1);
        Await.until("the first record is handled", () -> invocations().size() == 1);

        mapping.disable();
        assertThat(mapping.status().state()).isEqualTo(MappingStatus.State.DISABLED);
        HostFixture.put(orders, 2);
        mapping.enable();

        Await.until("the record written while disabled is handled", () -> invocations().size() == 2);
        assertThat(invocations().get(1).causes()).hasSize(1);
        assertThat(mapping.status().state()).isEqualTo(MappingStatus.State.RUNNING);
    }

    @Test
    void aFunctionNameIsLoadedOnceAcrossFiles() throws Exception {
        loaded.load(keyLogger("Audit"), "audit.json", false);

        assertThatThrownBy(() -> loaded.load(keyLogger("Audit"), "other.json", false))
                .isInstanceOf(UserInputException.class)
                .hasMessage("other.json defines function Audit, which is loaded already: unload the file that has it,"
                        + " or rename the function.");
        assertThatThrownBy(() -> loaded.load(keyLogger("Mirror"), "audit.json", false))
                .hasMessage("audit.json is loaded already: unload it first to load it again.");
        assertThat(loaded.mappings()).hasSize(1);
    }

    @Test
    void unloadingStopsAFilesTriggers() throws Exception {
        loaded.load(keyLogger("Audit"), "audit.json", false);
        loaded.load(keyLogger("Mirror"), "mirror.json", false);

        loaded.unload("audit.json");

        assertThat(loaded.sources()).containsExactly("mirror.json");
        assertThat(loaded.mappings()).extracting(runtime -> runtime.function().name()).containsExactly("Mirror");
    }

    private List<Invocation> invocations() {
        return events.stream().filter(Invocation.class::isInstance).map(Invocation.class::cast).toList();
    }
}
