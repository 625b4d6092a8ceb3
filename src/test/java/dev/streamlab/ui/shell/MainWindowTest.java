package dev.streamlab.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user starts it (`streamlab --endpoint URL`), against a DynamoDB Local of its own. */
class MainWindowTest {

    private final FxRobot robot = new FxRobot();
    private EmbeddedDynamoDb server;
    private WindowUnderTest window;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
                window = WindowUnderTest.start(state);
                server = window.server();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void showsWhereItIsConnectedAndTheTablesWithTheirKeys() throws Exception {
        var session = window.session();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.database() != null);
        WaitForAsyncUtils.asyncFx(() -> session.run(session.task("test", () -> session.database().seeder()
                .seed(Path.of("sample-data"))).onSuccess(report -> session.tableSetChanged()))).get();

        ListView<?> tables = robot.lookup("#tableList").queryListView();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> tables.getItems().stream()
                .anyMatch(table -> "Orders".equals(table.toString())));
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .isEqualTo("Connected to DynamoDB Local at " + server.endpoint());
        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Orders"))
                .match(NodeQueryUtils.isVisible()).<Node>query());
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Table")).<Node>query());

        Label partitionKey = robot.lookup("#partitionKey").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "Id (N)".equals(partitionKey.getText()));
        assertThat(robot.lookup("#sortKey").queryLabeled().getText()).isEqualTo("Amount (N)");
        assertThat(robot.lookup("#stream").queryLabeled().getText()).isEqualTo("KEYS_ONLY");
    }

    /** Automation finds controls by id in the whole window: no two views may use the same one. */
    @Test
    void f1ListsTheShortcutsTheMenusDefine() throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#shortcutList").tryQuery().isPresent());

        GridPane list = robot.lookup("#shortcutList").query();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i + 2 < list.getChildren().size(); i += 3) {
            lines.add(((Label) list.getChildren().get(i)).getText() + " | " + ((Label) list.getChildren().get(i + 1))
                    .getText() + " | " + ((Label) list.getChildren().get(i + 2)).getText());
        }
        assertThat(lines).contains(
                KeyCombination.valueOf("Shortcut+Shift+O").getDisplayText() + " | File | Connections…",
                KeyCombination.valueOf("F10").getDisplayText() + " | Triggers | Step",
                "Delete | Tables | Drop the selected table");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void everyControlIdIsUniqueInTheWindow() {
        Map<String, Integer> ids = new HashMap<>();
        count(robot.lookup("#root").query(), ids);

        assertThat(ids.entrySet()).filteredOn(entry -> entry.getValue() > 1).isEmpty();
        assertThat(ids).containsKeys("tableList", "itemsTable", "newItemButton", "itemEditor", "saveItemButton",
                "streamTable", "triggersTable", "pauseAllToggle", "stepButton", "pendingEvent", "traceTree",
                "scenarioNextButton", "statusBar");
    }

    private static void count(Node node, Map<String, Integer> ids) {
        // Ours are camelCase; JavaFX's skins name their parts too ("arrow", "virtual-flow"), and repeat a column's id
        // on its header.
        boolean ours = node.getId() != null && node.getId().matches("[a-z]+[A-Z][A-Za-z]*")
                && !(node instanceof javafx.scene.control.skin.TableColumnHeader);
        if (ours) {
            ids.merge(node.getId(), 1, Integer::sum);
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().map(javafx.scene.control.Tab::getContent).filter(java.util.Objects::nonNull)
                    .forEach(content -> count(content, ids));
        } else if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(item -> count(item, ids));
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> count(child, ids));
        }
    }
}
