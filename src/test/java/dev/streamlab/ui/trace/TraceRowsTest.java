package dev.streamlab.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.trigger.trace.DerivedWrite;
import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.LoopGuardTripped;
import dev.streamlab.trigger.trace.TraceNode;
import dev.streamlab.trigger.trace.TraceNode.InvocationNode;
import dev.streamlab.trigger.trace.TraceNode.RecordNode;
import dev.streamlab.trigger.trace.TracedItem;
import dev.streamlab.trigger.trace.WriteTraced;
import dev.streamlab.ui.trace.TraceRow.ItemTarget;
import dev.streamlab.ui.trace.TraceRow.Kind;
import dev.streamlab.ui.trace.TraceRow.RecordTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The words, colours and targets of the steps that real runs make rarely: loops, repeats, forgotten causes. */
class TraceRowsTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Map<String, AttributeValue> ID9 = Map.of("Id", AttributeValue.fromS("ID9"));

    @Test
    void theLoopGuardsStopIsARedStepNamingTheFunctionAndDepth() {
        var row = TraceRows.row(new TraceNode.LoopGuardNode("guard-1",
                new LoopGuardTripped(NOW, "Naive", "Labs", 17, List.of("ev-9"))));

        assertThat(row.kind()).isEqualTo(Kind.LOOP_GUARD);
        assertThat(row.what()).isEqualTo("Loop guard stopped Naive at depth 17");
        assertThat(row.failure()).isTrue();
        assertThat(row.detail()).contains("paused until you resume it");
        assertThat(row.target()).contains(new RecordTarget("ev-9"));
    }

    @Test
    void aRetryPutsItsOutcomeFirstAndItsErrorInTheTooltip() {
        var call = new Invocation(NOW, "req-2", "Checker", "Labs", "shard-1", 2, List.of("ev-1", "ev-2"), "Error",
                Duration.ofMillis(12), Optional.of("RuntimeException: boom"), List.of());
        var row = TraceRows.row(new InvocationNode("req-2", "Checker", NOW.minusMillis(12), Optional.of(call),
                List.of("one", "two"), List.of()));

        assertThat(row.what()).isEqualTo("Checker · Error · attempt 2 · 2 records");
        assertThat(row.failure()).isTrue();
        assertThat(row.duration()).isEqualTo("12 ms");
        assertThat(row.detail()).startsWith("RuntimeException: boom");
        assertThat(row.children()).singleElement().satisfies(log -> {
            assertThat(log.what()).isEqualTo("Log · 2 lines");
            assertThat(log.children()).extracting(TraceRow::what).containsExactly("one", "two");
        });
    }

    @Test
    void anInvocationMetAgainUnderAnotherRecordOfItsBatchPointsAbove() {
        var call = new InvocationNode("req-1", "Copier", NOW, Optional.empty(), List.of(), List.of());

        var row = TraceRows.row(new TraceNode.Repeat(call));

        assertThat(row.kind()).isEqualTo(Kind.NOTE);
        assertThat(row.what()).isEqualTo("Shown above: Copier · running…");
        assertThat(row.children()).isEmpty();
    }

    @Test
    void aPutItemWithoutARecordOpensItsItemByTheTablesKeyAndOneWithARecordByTheRecordsKeys() {
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("e-42"),
                "reminderText", AttributeValue.fromS("feed the cat"));
        var alone = TraceRows.row(new TraceNode.WriteNode(
                new WriteTraced(NOW, "w-1", "req-1", new DerivedWrite("PutItem", "reminders", item)), List.of()));
        var record = new RecordNode("ev-2", "INSERT", "Labs", ID9, NOW, NOW, 1, Optional.of(Duration.ofMillis(3)),
                List.of());
        var recorded = TraceRows.row(new TraceNode.WriteNode(new WriteTraced(NOW, "w-2", "req-1",
                new DerivedWrite("PutItem", "Labs", Map.of("Id", AttributeValue.fromS("ID9"),
                        "Email", AttributeValue.fromS("ann@outlook.com")))), List.of(record)));

        assertThat(alone.what()).isEqualTo("PutItem {id: e-42, reminderText: feed the cat}");
        assertThat(alone.target()).contains(new ItemTarget("reminders", item, true));
        assertThat(alone.item()).as("no key known, no history").isEmpty();
        assertThat(recorded.what()).isEqualTo("PutItem {Id: ID9}");
        assertThat(recorded.target()).contains(new ItemTarget("Labs", ID9, false));
        assertThat(recorded.item()).contains(new TracedItem("Labs", ID9));
        assertThat(recorded.children()).singleElement().extracting(TraceRow::duration).isEqualTo("+3.0 ms");
    }

    @Test
    void aChainWhoseStartWasDroppedSaysSo() {
        var record = new RecordNode("ev-7", "MODIFY", "Labs", ID9, NOW, NOW, 4, Optional.empty(), List.of());

        var row = TraceRows.row(new TraceNode.Forgotten(record));

        assertThat(row.what()).isEqualTo("Earlier causes no longer kept");
        assertThat(row.detail()).contains("50,000");
        assertThat(row.children()).singleElement().extracting(TraceRow::what).isEqualTo("MODIFY {Id: ID9}");
    }

    @Test
    void keysReadTheSameWhateverOrderTheStreamGaveThem() {
        var key = new java.util.LinkedHashMap<String, AttributeValue>();
        key.put("sk", AttributeValue.fromS("2023-03-22"));
        key.put("pk", AttributeValue.fromS("GRP#1"));
        key.put("n", AttributeValue.fromN("42"));

        assertThat(KeyText.of(key)).isEqualTo("{n: 42, pk: GRP#1, sk: 2023-03-22}");
        assertThat(KeyText.of(Map.of("Id", AttributeValue.fromS("x".repeat(200))))).hasSize(80).endsWith("…");
    }
}
