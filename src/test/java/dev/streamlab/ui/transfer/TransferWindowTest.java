package dev.streamlab.ui.transfer;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.ui.common.Choosers;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Export a table from the real window and import it into another, as a user does; then a CSV with a bad row. */
class TransferWindowTest {

    private final FxRobot robot = new FxRobot();
    private WindowUnderTest window;
    private Clients clients;
    private Session session;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
        window = WindowUnderTest.start(state);
        session = window.session();
        clients = ClientFactory.open(ConnectionProfile.local(window.server().endpoint()));
        for (String table : List.of("Source", "Target")) {
            clients.dynamo().createTable(create -> create.tableName(table).billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                    .keySchema(k -> k.attributeName("pk").keyType("HASH")));
        }
        clients.dynamo().putItem(put -> put.tableName("Source").item(Map.of("pk", AttributeValue.fromS("a"),
                "Big", AttributeValue.fromN("12345678901234567890123456789012345678"),
                "Tags", AttributeValue.fromSs(List.of("x", "y")),
                "Raw", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, (byte) 255})))));
        clients.dynamo().putItem(put -> put.tableName("Source").item(Map.of("pk", AttributeValue.fromS("b"),
                "Nested", AttributeValue.fromM(Map.of("L", AttributeValue.fromL(List.of(AttributeValue.fromN("1"))))))));
        robot.interact(session::tableSetChanged);
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(Choosers.ANSWER);
        clients.close();
        window.close();
    }

    @Test
    void exportATableToJsonLinesAndImportItIntoAnotherEqualItemByItem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Source.jsonl");
        choose("Source");
        System.setProperty(Choosers.ANSWER, file.toString());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);

        Label status = waitForStatus("Exported 2 items of Source to " + file + ".");
        assertThat(Files.readAllLines(file)).hasSize(2);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> node instanceof javafx.scene.control.Button b
                && "Close".equals(b.getText())).<Node>query());
        choose("Target");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> status.getText().equals("Wrote 2 items to Target."));
        assertThat(items("Target")).isEqualTo(items("Source"));
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void aCsvWithABadRowSaysWhichLineAndWritesTheRest(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"), "pk (S),Age (N)\nann,30\nbob,thirty\ncid,40\n");
        choose("Target");
        System.setProperty(Choosers.ANSWER, file.toString());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);

        Label status = waitForStatus("Wrote 2 items to Target; 1 item was not written:");
        assertThat(status.getStyleClass()).contains("error");
        ListView<String> failures = robot.lookup("#transferFailures").queryListView();
        assertThat(failures.getItems()).singleElement().asString().startsWith("people.csv line 3: ")
                .contains("\"thirty\"");
        assertThat(items("Target")).extracting(item -> item.get("pk").s()).containsExactly("ann", "cid");
    }

    private void choose(String table) throws Exception {
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> cell(table) != null);
        robot.clickOn(cell(table));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> table.equals(session.selectedTable().get()));
    }

    private Node cell(String table) {
        return robot.lookup("#tableList .list-cell").match(node -> node instanceof ListCell<?> cell
                && table.equals(cell.getText())).tryQuery().orElse(null);
    }

    private Label waitForStatus(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#transferStatus").tryQuery().isPresent());
        Label status = robot.lookup("#transferStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text.equals(status.getText()));
        return status;
    }

    private List<Map<String, AttributeValue>> items(String table) {
        var items = new ArrayList<>(clients.dynamo().scan(scan -> scan.tableName(table)).items());
        items.sort(Comparator.comparing(item -> item.get("pk").s()));
        return items;
    }
}
