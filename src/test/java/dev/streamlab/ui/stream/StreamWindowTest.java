package dev.streamlab.ui.stream;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.local.EmbeddedDynamoDb;

import dev.streamlab.trigger.trace.CausalTrace;

import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stream view in the window as a user starts it (`streamlab --endpoint URL`), on a DynamoDB Local of its own. */
class StreamWindowTest {

    private static final String USERS = """
            {"TableName": "Users",
             "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
             "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
             "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
            """;

    private final FxRobot robot = new FxRobot();
    private EmbeddedDynamoDb server;
    private WindowUnderTest window;
    private Session session;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
                window = WindowUnderTest.start(state);
                server = window.server();
        session = window.session();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.workspace().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void aWriteMadeOutsideTheWindowAppearsInTheStreamView() throws Exception {
        Label emptyState = robot.lookup("#streamEmptyState").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> emptyState.getText().startsWith("No table has a stream"));

        // Another tool's SDK client, as a script or the AWS CLI would write.
        var profile = ConnectionProfile.local(server.endpoint());
        try (var clients = ClientFactory.open(profile)) {
            new TableAdmin(clients.dynamo(), profile).create(CreateTableFile.parse(USERS, "Users.json"));
            WaitForAsyncUtils.waitFor(20, SECONDS,
                    () -> session.workspace().get().monitor().followed().contains("Users"));
            WaitForAsyncUtils.waitFor(10, SECONDS, () -> emptyState.getText()
                    .equals("Following 1 table — write an item to see its record here."));

            clients.dynamo().putItem(put -> put.tableName("Users").item(Map.of(
                    "Id", AttributeValue.fromS("ID9"), "Email", AttributeValue.fromS("ann@outlook.com"))));
        }

        TableView<StreamRow> table = robot.lookup("#streamTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#streamTable .table-cell").match(LabeledMatchers.hasText("Id=ID9")).tryQuery())
                .isPresent();
        assertThat(robot.lookup("#streamTable .table-cell.event-insert").queryLabeled().getText()).isEqualTo("INSERT");
        assertThat(robot.lookup("#streamCount").queryLabeled().getText()).isEqualTo("1 record");

        robot.clickOn(robot.lookup("#streamTable .table-cell").match(LabeledMatchers.hasText("Id=ID9"))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rightTitle").queryLabeled().getText()).isEqualTo("NewImage");
        assertThat(robot.lookup("#newImage").queryAs(org.fxmisc.richtext.CodeArea.class).getText())
                .contains("\"S\": \"ann@outlook.com\"");
    }

    @Test
    void tenThousandRecordsPushedIntoTheStreamViewKeepItBoundedAndTheFxThreadResponsive() throws Exception {
        setCapacity(2_000);
        TableView<StreamRow> table = robot.lookup("#streamTable").queryTableView();
        AtomicLong slowestAnswer = new AtomicLong();
        AtomicInteger answers = new AtomicInteger();
        var probe = Executors.newSingleThreadScheduledExecutor();
        // Asks the FX thread for a moment every 10 ms and records how long each answer took.
        probe.scheduleAtFixedRate(() -> {
            long asked = System.nanoTime();
            Platform.runLater(() -> {
                slowestAnswer.accumulateAndGet(System.nanoTime() - asked, Math::max);
                answers.incrementAndGet();
            });
        }, 0, 10, TimeUnit.MILLISECONDS);
        try {
            tell(1, 10_000);

            WaitForAsyncUtils.waitFor(20, SECONDS, () -> table.getItems().size() == 2_000
                    && robot.lookup("#droppedBadge").queryLabeled().getText().equals("8,000 dropped"));
            int answersAfterPush = answers.get();
            WaitForAsyncUtils.waitFor(5, SECONDS, () -> answers.get() > answersAfterPush + 3);
        } finally {
            probe.shutdownNow();
        }

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2_000);
        assertThat(table.getItems().get(0).sequenceNumber()).isEqualTo(String.format("%021d", 8_001));
        assertThat(table.getItems().get(1_999).sequenceNumber()).isEqualTo(String.format("%021d", 10_000));
        assertThat(robot.lookup("#droppedBadge").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#streamCount").queryLabeled().getText()).isEqualTo("2,000 records");
        assertThat(Duration.ofNanos(slowestAnswer.get())).as("the FX thread's slowest answer during the push")
                .isLessThan(Duration.ofMillis(500));
    }

    @Test
    void followingStopsWhenTheUserScrollsUpAndResumesBackAtTheBottom() throws Exception {
        TableView<StreamRow> table = robot.lookup("#streamTable").queryTableView();
        ToggleButton follow = robot.lookup("#streamFollowToggle").queryAs(ToggleButton.class);
        tell(1, 200);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> lastVisibleRow(table) == 199);
        assertThat(follow.isSelected()).isTrue();

        robot.clickOn(robot.lookup("#streamTable .table-cell").match(LabeledMatchers.hasText("Id=ID199"))
                .<Node>query());
        robot.type(KeyCode.PAGE_UP, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(follow.isSelected()).as("scrolling up stops following").isFalse();
        int shown = lastVisibleRow(table);
        assertThat(shown).isLessThan(199);
        tell(201, 300);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> table.getItems().size() == 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastVisibleRow(table)).as("new records do not pull the view down").isEqualTo(shown);

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(follow.isSelected()).as("back at the bottom, following resumes").isTrue();
        tell(301, 320);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> lastVisibleRow(table) == 319);
    }

    @Test
    void aPausedViewHoldsNewRecordsBehindABadgeUntilResumed() throws Exception {
        TableView<StreamRow> table = robot.lookup("#streamTable").queryTableView();
        tell(1, 3);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> table.getItems().size() == 3);

        robot.clickOn("#pauseToggle");
        tell(4, 8);
        Labeled badge = robot.lookup("#newBadge").queryLabeled();
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "5 new".equals(badge.getText()));
        assertThat(table.getItems()).hasSize(3);

        robot.clickOn(badge);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).as("clicking the badge resumes").hasSize(8);
        assertThat(badge.isVisible()).isFalse();
        assertThat(robot.lookup("#pauseToggle").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    /** As a shard reader does: through the causal trace, from a thread of its own. */
    private void tell(long first, long last) throws InterruptedException {
        CausalTrace trace = session.workspace().get().trace();
        Thread reader = new Thread(() -> {
            for (long sequence = first; sequence <= last; sequence++) {
                trace.tell(TracedRecords.inserted("Synthetic", "ID" + sequence, "u@example.com", sequence));
            }
        }, "test-shard-reader");
        reader.start();
        reader.join();
    }

    private static int lastVisibleRow(TableView<?> table) {
        var flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow.getLastVisibleCell() == null ? -1 : flow.getLastVisibleCell().getIndex();
    }

    /** Through the view's own settings menu, as a user would keep fewer records. */
    private void setCapacity(int records) throws Exception {
        robot.clickOn("#streamSettings");
        Spinner<Integer> spinner = robot.lookup("#capacitySpinner").query();
        robot.interact(() -> spinner.getValueFactory().setValue(records));
        robot.interact(() -> robot.lookup("#streamSettings").queryAs(MenuButton.class).hide());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
