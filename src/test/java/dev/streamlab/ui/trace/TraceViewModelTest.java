package dev.streamlab.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.json.RequestItemsFile;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The trace of real events: a session on the shared DynamoDB Local runs email-checker (seed 003's trigger, which
 * writes once) on a table of its own through the same loaded mappings the window uses.
 */
class TraceViewModelTest {

    private Session session;
    private TraceViewModel viewModel;
    private String table;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new TraceViewModel(session));
        table = TestTables.create("labs", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                """).name();
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void nothingChosenAndNothingTracedSaysHowToGetATrace() throws Exception {
        assertThat(FxThread.call(() -> viewModel.rows().get())).isEmpty();
        assertThat(viewModel.emptyMessage().get()).isEqualTo("No trace yet. Put an item into a table with a trigger,"
                + " or pick a record in the Stream tab and choose Show trace.");
        assertThat(viewModel.followLatest().get()).isTrue();

        FxThread.run(() -> viewModel.show("no-such-record"));

        assertThat(viewModel.emptyMessage().get()).startsWith("Nothing in the trace for this step")
                .contains("Turn on Follow latest");
        assertThat(viewModel.followLatest().get()).isFalse();
    }

    @Test
    void aPutShowsByItselfAsTheLatestChainDownToTheModifyItsDerivedWriteMade() throws Exception {
        emailChecker(table, false);

        put("ID9", "ann@outlook.com");

        assertThat(awaitOutline(lines -> lines.size() == 7))
                .isEqualTo(TraceOutline.emailCheckerChain(table, "ID9", "INVOCATION EmailChecker · Success"));
        assertThat(viewModel.title().get()).isEqualTo("Latest: {Id: ID9} put into " + table);
        assertThat(viewModel.summary().get()).endsWith("2 invocations · 1 derived write · 0 failures");
        assertThat(viewModel.emptyMessage().get()).isEmpty();
        var modify = row(0, 0, 1, 0);
        assertThat(modify.duration()).as("from the write to its record").startsWith("+").endsWith("ms");
        assertThat(row(0, 0).duration()).as("the invocation's own").endsWith("ms");
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void aChosenChainStaysWhileOthersComeAndSelectsTheStepAskedFor() throws Exception {
        // Told every event after the view-model under test, so once it shows ID2, the other has seen ID2 too.
        var follower = FxThread.call(() -> new TraceViewModel(session));
        emailChecker(table, false);
        put("ID1", "ann@outlook.com");
        awaitOutline(lines -> lines.size() == 7);
        String write = row(0, 0, 1).id();

        FxThread.run(() -> viewModel.show(write));
        assertThat(FxThread.call(viewModel::takeFocus)).isEqualTo(write);
        assertThat(FxThread.call(viewModel::takeFocus)).as("only once, so live updates keep the user's selection")
                .isNull();
        put("ID2", "bob@example.com");
        Await.until("ID2's chain is the latest", () -> outline(follower).size() == 7
                && outline(follower).get(1).contains("ID2"));

        assertThat(viewModel.followLatest().get()).isFalse();
        assertThat(outline()).hasSize(7).element(1).asString().contains("{Id: ID1}");
        assertThat(viewModel.title().get()).isEqualTo("Chain: {Id: ID1} put into " + table);

        FxThread.run(() -> viewModel.followLatest().set(true));
        assertThat(awaitOutline(lines -> lines.size() == 7)).element(1).asString().contains("{Id: ID2}");
    }

    @Test
    void aPausedMappingShowsTheWaitingBatchAndAStepGrowsTheChainLive() throws Exception {
        MappingRuntime mapping = emailChecker(table, true);
        put("ID9", "ann@outlook.com");

        assertThat(awaitOutline(lines -> lines.size() == 3)).containsExactly(
                "OUTSIDE_WRITE Put by you or a client | " + table,
                "  INSERT INSERT {Id: ID9} | " + table,
                "    WAITING Waiting at paused EmailChecker | " + table);

        mapping.gate().step(mapping.gate().awaitPending(Duration.ofSeconds(20)).id());

        assertThat(awaitOutline(lines -> lines.size() == 7))
                .isEqualTo(TraceOutline.emailCheckerChain(table, "ID9", "WAITING Waiting at paused EmailChecker"));
    }

    @Test
    void aFailingTriggerShowsItsErrorAndTheBatchGivenUpInRed() throws Exception {
        load("""
                {"functions": {"Checker": {"Handler": "builtin:email-checker",
                    "Environment": {"Variables": {"TABLE_NAME": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "Checker", "TableName": "%s",
                    "StartingPosition": "TRIM_HORIZON", "MaximumRetryAttempts": 0}]}
                """.formatted(LocalDynamo.uniqueTableName("missing"), table), false);

        put("ID9", "ann@outlook.com");

        List<String> lines = awaitOutline(outline -> outline.size() == 5);
        assertThat(lines.get(2)).isEqualTo("    INVOCATION Checker · Error | " + table + " (red)");
        assertThat(lines.get(4)).isEqualTo("    GAVE_UP Checker gave up: RetryAttemptsExhausted | " + table + " (red)");
        assertThat(row(0, 0).detail()).contains("ResourceNotFoundException");
        assertThat(viewModel.summary().get()).endsWith("1 invocation · 0 derived writes · 2 failures");
    }

    @Test
    void anItemsHistoryHoldsEveryChainThatWroteIt() throws Exception {
        emailChecker(table, false);
        put("ID9", "ann@outlook.com");
        awaitOutline(lines -> lines.size() == 7);
        put("ID9", "ann@example.com");
        Await.until("the second chain", () -> outline().size() == 7 && outline().get(1).contains("MODIFY"));

        FxThread.run(() -> viewModel.showHistoryOf(row(0)));

        List<String> history = outline();
        assertThat(history).filteredOn(line -> line.startsWith("OUTSIDE_WRITE")).containsExactly(
                "OUTSIDE_WRITE Put by you or a client | " + table,
                "OUTSIDE_WRITE Update by you or a client | " + table);
        assertThat(viewModel.title().get()).isEqualTo("History of {Id: ID9} in " + table);
    }

    @Test
    void showOpensTheRecordOrTheItemOnlyWhenAsked() throws Exception {
        List<String> shown = new ArrayList<>();
        FxThread.run(() -> {
            session.navigator().onShowRecord(id -> shown.add("record " + id));
            session.navigator().onShowItem((name, key) -> shown.add("item " + name + " " + key.get("Id").s()));
        });
        emailChecker(table, false);
        put("ID9", "ann@outlook.com");
        awaitOutline(lines -> lines.size() == 7);
        assertThat(shown).as("browsing moves nothing").isEmpty();

        TraceRow insert = row(0);
        FxThread.run(() -> viewModel.open(insert));
        FxThread.run(() -> viewModel.open(row(0, 0, 1)));
        FxThread.run(() -> viewModel.open(row(0, 0, 0)));

        assertThat(shown).containsExactly("record " + insert.id(), "item " + table + " ID9");
    }

    @Test
    void aChainCrossesIntoATableWithoutAStreamAndShowOpensTheItemByItsKey() throws Exception {
        String events = TestTables.create("events", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
                """).name();
        String reminders = TestTables.create("reminders", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
                """).name();
        load("""
                {"functions": {"Projector": {"Handler": "builtin:reminder-projector",
                    "Environment": {"Variables": {"REMINDERS_TABLE": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "Projector", "TableName": "%s",
                    "StartingPosition": "TRIM_HORIZON"}]}
                """.formatted(reminders, events), false);
        List<String> opened = new ArrayList<>();
        FxThread.run(() -> session.navigator().onShowItem((name, key) -> opened.add(name + " " + key)));

        var seedEvent = RequestItemsFile.read(Files.readString(Path.of("sample-data/items/events.json")),
                "events.json").get("events").get(0);
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(events).item(seedEvent));
        String id = seedEvent.get("id").s();

        List<String> lines = awaitOutline(outline -> outline.stream().anyMatch(line -> line.contains("WRITE")));
        assertThat(lines.subList(0, 3)).containsExactly(
                "OUTSIDE_WRITE Put by you or a client | " + events,
                "  INSERT INSERT {id: " + id + "} | " + events,
                "    INVOCATION Projector · Success | " + events);
        assertThat(lines).last().asString().startsWith("      WRITE PutItem {").endsWith("| " + reminders);

        TraceRow write = row(0, 0, lines.size() - 4);
        FxThread.run(() -> viewModel.open(write));
        Await.until("the item opens", () -> !opened.isEmpty());
        assertThat(opened).containsExactly(reminders + " {id=AttributeValue(S=" + id + ")}");
    }

    private MappingRuntime emailChecker(String source, boolean paused) throws Exception {
        return load("""
                {"functions": {"EmailChecker": {"Handler": "builtin:email-checker",
                    "Environment": {"Variables": {"TABLE_NAME": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "EmailChecker", "TableName": "%s",
                    "StartingPosition": "TRIM_HORIZON"}]}
                """.formatted(source, source), paused);
    }

    private MappingRuntime load(String json, boolean paused) throws Exception {
        var file = MappingFiles.parse(json, "test mappings", Path.of("."));
        return session.workspace().get().mappings().load(file, "test mappings", paused).get(0);
    }

    private void put(String id, String email) {
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(table).item(Map.of(
                "Id", AttributeValue.fromS(id), "Email", AttributeValue.fromS(email))));
    }

    /** The row at this path of child indexes, from the top. */
    private TraceRow row(int... path) {
        try {
            return FxThread.call(() -> {
                TraceRow row = viewModel.rows().get().get(0);
                for (int index : path) {
                    row = row.children().get(index);
                }
                return row;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> outline() {
        return outline(viewModel);
    }

    private static List<String> outline(TraceViewModel shown) {
        try {
            return FxThread.call(() -> TraceOutline.of(shown.rows().get()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> awaitOutline(Predicate<List<String>> condition) throws InterruptedException {
        try {
            Await.until("the trace tree", () -> condition.test(outline()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it shows " + outline() + ", " + session.errors().problems(), e);
        }
        return outline();
    }
}
