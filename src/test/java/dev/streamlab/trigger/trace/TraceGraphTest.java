package dev.streamlab.trigger.trace;

import static dev.streamlab.trigger.trace.TraceStory.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.trigger.trace.TraceNode.InvocationNode;
import dev.streamlab.trigger.trace.TraceNode.OutsideWrite;
import dev.streamlab.trigger.trace.TraceNode.RecordNode;
import dev.streamlab.trigger.trace.TraceNode.WriteNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TraceGraphTest {

    private final TraceStory story = new TraceStory(new TraceGraph(TraceGraph.DEFAULT_CAPACITY));
    private final TraceGraph graph = story.graph;

    @Test
    void aPutLeadsToItsInsertTheInvocationItsUpdateAndTheModifyThatComesRound() {
        String insert = story.put("Labs", "ID9");
        String checker = story.newRequestId();
        String update = story.write(checker, "UpdateItem", "Labs", key("ID9"));
        String modify = story.record("Labs", "MODIFY", key("ID9"), update, 1);
        story.ended(checker, "EmailChecker", 1, "Success", 12, insert);
        String second = story.invoke("EmailChecker", "Success", modify);

        var chain = graph.chainOf(modify).orElseThrow();

        assertThat(Outline.of(chain)).containsExactly(
                "outside write",
                "  INSERT Labs ID9",
                "    EmailChecker #1 Success",
                "      UpdateItem Labs",
                "        MODIFY Labs ID9",
                "          EmailChecker #1 Success");
        assertThat(graph.chainOf(insert)).contains(chain);
        assertThat(graph.chainOf(checker)).as("from the invocation").contains(chain);
        assertThat(graph.chainOf(update)).as("from the write").contains(chain);
        assertThat(chain.ids()).contains(insert, checker, update, modify, second);

        var root = (RecordNode) ((OutsideWrite) chain.tops().get(0)).record();
        var call = (InvocationNode) root.children().get(0);
        var write = (WriteNode) call.children().get(0);
        var record = (RecordNode) write.children().get(0);
        assertThat(root.afterWrite()).isEmpty();
        assertThat(call.ended().orElseThrow().duration()).isEqualTo(Duration.ofMillis(12));
        assertThat(call.time()).as("when it started").isEqualTo(call.ended().orElseThrow().time().minusMillis(12));
        assertThat(record.afterWrite()).as("from the write to its record").contains(Duration.ofMillis(1));
        assertThat(record.depth()).isEqualTo(1);
    }

    @Test
    void aChainCrossesTablesThroughEveryWriteOfAnInvocation() {
        String event = story.put("events", "e-42");
        String projector = story.newRequestId();
        story.write(projector, "PutItem", "reminders", Map.of("Id", AttributeValue.fromS("e-42"),
                "reminderText", AttributeValue.fromS("feed the cat")));
        String audit = story.write(projector, "UpdateItem", "audit", key("a-1"));
        story.ended(projector, "ReminderProjector", 1, "Success", 20, event);
        String audited = story.record("audit", "INSERT", key("a-1"), audit, 1);
        story.invoke("AuditLogger", "Success", audited);

        assertThat(Outline.of(graph.chainOf(audited).orElseThrow())).containsExactly(
                "outside write",
                "  INSERT events e-42",
                "    ReminderProjector #1 Success",
                "      PutItem reminders",
                "      UpdateItem audit",
                "        INSERT audit a-1",
                "          AuditLogger #1 Success");
    }

    @Test
    void retriesAreInvocationsOfTheirOwnAndAGivenUpBatchEndsTheRecord() {
        String insert = story.put("Labs", "ID1");
        String first = story.newRequestId();
        story.ended(first, "EmailChecker", 1, "Error", 3, insert);
        String second = story.newRequestId();
        story.ended(second, "EmailChecker", 2, "Error", 4, insert);
        story.gaveUp("EmailChecker", insert);

        var chain = graph.chainOf(second).orElseThrow();

        assertThat(Outline.of(chain)).containsExactly(
                "outside write",
                "  INSERT Labs ID1",
                "    EmailChecker #1 Error",
                "    EmailChecker #2 Error",
                "    gave up: RetryAttemptsExhausted");
        var record = chain.tops().get(0).children().get(0);
        assertThat(record.children().subList(0, 2)).allSatisfy(call -> assertThat(((InvocationNode) call).failed()).isTrue());
    }

    @Test
    void aBatchOfTwoRecordsOfOneChainShowsItsInvocationOnce() {
        String insert = story.put("events", "e-1");
        String fanOut = story.newRequestId();
        String a = story.write(fanOut, "PutItem", "copies", key("c-1"));
        String b = story.write(fanOut, "PutItem", "copies", key("c-2"));
        story.ended(fanOut, "FanOut", 1, "Success", 8, insert);
        String copy1 = story.record("copies", "INSERT", key("c-1"), a, 1);
        String copy2 = story.record("copies", "INSERT", key("c-2"), b, 1);
        story.invoke("Copier", "PartialFailure", copy1, copy2);

        assertThat(Outline.of(graph.chainOf(copy2).orElseThrow())).containsExactly(
                "outside write",
                "  INSERT events e-1",
                "    FanOut #1 Success",
                "      PutItem copies",
                "        INSERT copies c-1",
                "          Copier #1 PartialFailure",
                "      PutItem copies",
                "        INSERT copies c-2",
                "          again: Copier #1 PartialFailure");
    }

    @Test
    void theLoopGuardsStopShowsUnderTheRecordWhereItTrippedWithTheBatchWaitingThere() {
        String cause = story.put("Labs", "ID1");
        String record = cause;
        for (int depth = 1; depth <= 3; depth++) {
            String call = story.newRequestId();
            String write = story.write(call, "UpdateItem", "Labs", key("ID1"));
            story.ended(call, "Naive", 1, "Success", 2, record);
            record = story.record("Labs", "MODIFY", key("ID1"), write, depth);
        }
        story.loopGuard("Naive", 3, record);
        var batch = story.waiting("Naive", record);

        List<String> outline = Outline.of(graph.chainOf(cause).orElseThrow());
        assertThat(outline).hasSize(13);
        assertThat(outline.subList(10, 13)).containsExactly(
                "                    MODIFY Labs ID1",
                "                      loop guard at depth 3",
                "                      waiting at Naive");

        story.released(batch);
        assertThat(Outline.of(graph.chainOf(cause).orElseThrow())).hasSize(12).last()
                .isEqualTo("                      loop guard at depth 3");
    }

    @Test
    void anItemsHistoryHoldsEveryChainThatWroteItLatestLast() {
        String first = story.put("Labs", "ID1");
        story.invoke("EmailChecker", "Success", first);
        story.put("Labs", "ID2");
        String other = story.put("Accounts", "A1");
        String sync = story.newRequestId();
        String copy = story.write(sync, "UpdateItem", "Labs", key("ID1"));
        story.ended(sync, "Sync", 1, "Success", 4, other);
        story.record("Labs", "MODIFY", key("ID1"), copy, 1);

        var history = graph.chainOfItem(new TracedItem("Labs", key("ID1"))).orElseThrow();

        assertThat(Outline.of(history)).containsExactly(
                "outside write",
                "  INSERT Labs ID1",
                "    EmailChecker #1 Success",
                "outside write",
                "  INSERT Accounts A1",
                "    Sync #1 Success",
                "      UpdateItem Labs",
                "        MODIFY Labs ID1");
        assertThat(graph.chainOfItem(new TracedItem("Labs", key("ID3")))).isEmpty();
    }

    @Test
    void anInvocationStillRunningShowsWithItsWritesAndJoinsItsBatchWhenItEnds() {
        String insert = story.put("Labs", "ID9");
        String checker = story.newRequestId();
        story.log(checker, "EmailChecker", "Updating ID9");
        String update = story.write(checker, "UpdateItem", "Labs", key("ID9"));

        assertThat(Outline.of(graph.chainOf(update).orElseThrow())).containsExactly(
                "EmailChecker running",
                "  UpdateItem Labs");

        var touched = graph.add(new Invocation(story.tick(), checker, "EmailChecker", "Labs", "shard-1", 1,
                List.of(insert), "Success", Duration.ofMillis(3), Optional.empty(), List.of()));

        assertThat(touched).as("the chain it joins has changed").contains(insert, checker);
        var chain = graph.chainOf(update).orElseThrow();
        assertThat(Outline.of(chain)).containsExactly(
                "outside write",
                "  INSERT Labs ID9",
                "    EmailChecker #1 Success",
                "      UpdateItem Labs");
        var call = (InvocationNode) chain.tops().get(0).children().get(0).children().get(0);
        assertThat(call.log()).containsExactly("Updating ID9");
    }

    @Test
    void aBlockedShardShowsUnderTheBatchOfItsLatestInvocation() {
        String insert = story.put("Labs", "ID1");
        story.invoke("Poison", "Error", insert);
        graph.add(new ShardBlocked(story.tick(), "Poison", "T", "shard-1", 3));

        assertThat(Outline.of(graph.chainOf(insert).orElseThrow())).containsExactly(
                "outside write",
                "  INSERT Labs ID1",
                "    Poison #1 Error",
                "    shard blocked after 3");
    }

    @Test
    void theLatestActiveChainIsTheLatestThatHadAConsequence() {
        assertThat(graph.latestActive()).isEmpty();
        String first = story.put("Labs", "ID1");
        story.invoke("EmailChecker", "Success", first);
        story.put("Orders", "quiet");

        assertThat(graph.latestActive()).as("a record nothing followed from").contains(first);

        String second = story.put("Labs", "ID2");
        String call = story.newRequestId();
        String write = story.write(call, "UpdateItem", "Labs", key("ID2"));
        story.ended(call, "EmailChecker", 1, "Success", 2, second);
        String modify = story.record("Labs", "MODIFY", key("ID2"), write, 1);
        story.invoke("EmailChecker", "Success", modify);

        assertThat(graph.latestActive()).as("where its chain starts").contains(second);
    }

    @Test
    void memoryIsBoundedByDroppingTheLeastRecentlyActiveChainsWhole() {
        var small = new TraceStory(new TraceGraph(100));
        String longLived = small.put("Labs", "keep");
        small.invoke("EmailChecker", "Success", longLived);
        String dropped = small.put("Labs", "old");
        small.invoke("EmailChecker", "Success", dropped);
        for (int i = 0; i < 500; i++) {
            String record = small.put("Labs", "ID" + i);
            small.invoke("EmailChecker", "Success", record);
            if (i % 25 == 0) {
                small.invoke("EmailChecker", "Success", longLived);
            }
        }

        assertThat(small.graph.size()).isLessThanOrEqualTo(100);
        assertThat(small.graph.chainOf(dropped)).as("an old, quiet chain").isEmpty();
        assertThat(small.graph.chainOfItem(new TracedItem("Labs", key("old")))).isEmpty();
        assertThat(Outline.of(small.graph.chainOf(longLived).orElseThrow())).as("an old chain still active, whole")
                .hasSizeGreaterThan(20).startsWith("outside write", "  INSERT Labs keep");
        assertThat(Outline.of(small.graph.chainOf(small.graph.latestActive().orElseThrow()).orElseThrow()))
                .containsExactly("outside write", "  INSERT Labs ID499", "    EmailChecker #1 Success");
    }

    @Test
    void aChainLargerThanTheWholeBudgetLosesItsOldestStepsAndSaysSo() {
        var small = new TraceStory(new TraceGraph(10));
        String record = small.put("Labs", "ID1");
        for (int depth = 1; depth <= 10; depth++) {
            String call = small.newRequestId();
            String write = small.write(call, "UpdateItem", "Labs", key("ID1"));
            small.ended(call, "Naive", 1, "Success", 2, record);
            record = small.record("Labs", "MODIFY", key("ID1"), write, depth);
        }

        var outline = Outline.of(small.graph.chainOf(record).orElseThrow());
        assertThat(small.graph.size()).isLessThanOrEqualTo(10);
        assertThat(outline.get(0)).isEqualTo("earlier causes forgotten");
        assertThat(outline).last().asString().endsWith("MODIFY Labs ID1");
    }

    @Test
    void recordsAreKeptWithoutTheirImages() {
        String insert = story.put("Labs", "ID1");
        story.invoke("EmailChecker", "Success", insert);

        var record = (RecordNode) graph.chainOf(insert).orElseThrow().tops().get(0).children().get(0);
        assertThat(record.keys()).isEqualTo(key("ID1"));
        assertThat(record.createdAt()).isEqualTo(TraceStory.START);
    }
}
