package dev.streamlab.ui.triggers;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Step by step through the real window, against a DynamoDB Local of its own, with seed 003's email checker. */
class TriggersWindowTest {

    private final FxRobot robot = new FxRobot();
    @TempDir
    Path folder;
    private EmbeddedDynamoDb server;
    private Clients clients;
    private WindowUnderTest window;

    @BeforeEach
    void startServer() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()));
    }

    @AfterEach
    void stop() throws Exception {
        clients.close();
        if (window != null) {
            window.close();
        } else {
            server.close();
        }
    }

    @Test
    void startEmailCheckerPutAnItemAndSeeTheDerivedWriteOnlyAfterAStep() throws Exception {
        createLabsTable("CloudAcademyLabs");
        open(List.of(TriggerFixtures.emailChecker(folder, "EmailChecker", "CloudAcademyLabs")));
        TableView<?> mappings = robot.lookup("#triggersTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> mappings.getItems().size() == 1 && shows("running"));

        robot.clickOn("#pauseAllToggle");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> shows("paused")
                && shows("Paused — write an item to CloudAcademyLabs; its batch will wait here"));
        put("CloudAcademyLabs", "ID9", "ann@outlook.com");

        CodeArea event = robot.lookup("#pendingEvent").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> event.getText().contains("\"S\": \"ann@outlook.com\""));
        assertThat(event.getText()).contains("\"eventName\": \"INSERT\"", "\"StreamViewType\": \"NEW_AND_OLD_IMAGES\"");
        assertThat(item("CloudAcademyLabs", "ID9")).as("nothing runs before the step")
                .doesNotContainKey("IsPersonalEmail");
        assertThat(shows("IsPersonalEmail: — → true")).isFalse();

        robot.clickOn("#stepButton");

        WaitForAsyncUtils.waitFor(20, SECONDS, () -> shows("IsPersonalEmail: — → true"));
        assertThat(shows("UpdateItem CloudAcademyLabs")).isTrue();
        assertThat(shows("Success")).isTrue();
        assertThat(item("CloudAcademyLabs", "ID9").get("IsPersonalEmail").bool()).isTrue();
        // The derived write's own record comes round and waits at the paused mapping as the next batch.
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> event.getText().contains("\"eventName\": \"MODIFY\""));
    }

    @Test
    void twoShardsWaitingAtOnceAreSteppedExactlyAsShown() throws Exception {
        createLabsTable("LabsA");
        createLabsTable("LabsB");
        open(List.of(TriggerFixtures.emailChecker(folder, "CheckerA", "LabsA"),
                TriggerFixtures.emailChecker(folder, "CheckerB", "LabsB")), "--paused");
        TableView<?> mappings = robot.lookup("#triggersTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> mappings.getItems().size() == 2);
        put("LabsA", "A1", "ann@gmail.com");
        put("LabsB", "B1", "bob@gmail.com");
        ListView<?> pending = robot.lookup("#pendingList").queryListView();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> pending.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.from(pending).lookup(".list-cell").match(NodeQueryUtils.isVisible())
                .match(cell -> ((ListCell<?>) cell).getIndex() == 1).<Node>query());
        CodeArea event = robot.lookup("#pendingEvent").queryAs(CodeArea.class);
        String shownTable = event.getText().contains("\"S\": \"A1\"") ? "LabsA" : "LabsB";
        String shownId = shownTable.equals("LabsA") ? "A1" : "B1";
        String otherTable = shownTable.equals("LabsA") ? "LabsB" : "LabsA";
        String otherId = shownId.equals("A1") ? "B1" : "A1";
        assertThat(event.getText()).contains("\"S\": \"" + shownId + "\"").doesNotContain("\"S\": \"" + otherId + "\"");

        robot.clickOn("#stepButton");

        WaitForAsyncUtils.waitFor(20, SECONDS, () -> item(shownTable, shownId).containsKey("IsPersonalEmail"));
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> shows("UpdateItem " + shownTable));
        assertThat(item(otherTable, otherId)).as("the other shard's batch still waits")
                .doesNotContainKey("IsPersonalEmail");
        assertThat(pending.getItems()).map(row -> ((PendingRow) row).table()).contains(otherTable);
    }

    private void open(List<Path> mappingFiles, String... more) throws Exception {
        List<String> args = new ArrayList<>();
        mappingFiles.forEach(file -> args.addAll(List.of("--mappings", file.toString())));
        args.addAll(List.of(more));
        window = WindowUnderTest.on(server, folder.resolve("state"), args.toArray(String[]::new));
    }

    /** Whether a label the user can see says exactly this. */
    private boolean shows(String text) {
        return robot.lookup(".label").match(NodeQueryUtils.isVisible())
                .match(node -> text.equals(((Label) node).getText())).tryQuery().isPresent();
    }

    private void createLabsTable(String name) {
        new TableAdmin(clients.dynamo(), ConnectionProfile.local(server.endpoint())).create(CreateTableFile.parse("""
                {"TableName": "%s",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                """.formatted(name), name));
    }

    private void put(String table, String id, String email) {
        clients.dynamo().putItem(put -> put.tableName(table).item(Map.of(
                "Id", AttributeValue.fromS(id), "Email", AttributeValue.fromS(email))));
    }

    private Map<String, AttributeValue> item(String table, String id) {
        return clients.dynamo().getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("Id", AttributeValue.fromS(id)))).item();
    }
}
