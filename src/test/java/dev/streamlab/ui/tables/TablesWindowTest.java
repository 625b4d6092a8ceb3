package dev.streamlab.ui.tables;

import dev.streamlab.ui.common.Choosers;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import dev.streamlab.local.EmbeddedDynamoDb;


import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

/**
 * The tables view in the real window, against a DynamoDB Local of its own. No native chooser can show headless:
 * the tests answer for it through the system property {@link Choosers#ANSWER}.
 */
class TablesWindowTest {

    private final FxRobot robot = new FxRobot();
    private EmbeddedDynamoDb server;
    private WindowUnderTest window;
    private Session session;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
                window = WindowUnderTest.start(state);
                server = window.server();
        session = window.session();
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(Choosers.ANSWER);
        window.close();
    }

    @Test
    void loadTheSampleDataFromTheWindow() throws Exception {
        Node loadButton = robot.lookup("#emptyLoadSampleData").query();
        WaitForAsyncUtils.waitFor(20, SECONDS, loadButton::isVisible);
        assertThat(robot.lookup("#emptyMessage").queryLabeled().getText()).startsWith("No tables yet");
        System.setProperty(Choosers.ANSWER, Path.of("sample-data").toAbsolutePath().toString());

        robot.clickOn(loadButton);

        Message notice = robot.lookup("#notice").queryAs(Message.class);
        WaitForAsyncUtils.waitFor(30, SECONDS, notice::isVisible);
        assertThat(notice.getDescription()).matches("Loaded sample-data: 5 tables created, \\d+ items written\\.");
        assertThat(session.errors().problems()).isEmpty();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> "10 items".equals(countOf("Orders")));
        assertThat(badgeOf("Orders")).isEqualTo("KEYS_ONLY");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> "NEW_AND_OLD_IMAGES".equals(badgeOf("CloudAcademyLabs")));
        assertThat(cellNames()).containsExactly("CloudAcademyLabs", "Orders", "cruddur-messages", "events",
                "reminders");
    }

    @Test
    void createATableFromTheMenuFindItWithTheSearchAndDropIt(@TempDir Path folder) throws Exception {
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> robot.lookup("#emptyCreateTable").query().isVisible());
        Path file = Files.writeString(folder.resolve("Music.json"), """
                {"TableName": "Music",
                 "AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}]}""");
        System.setProperty(Choosers.ANSWER, file.toString());

        robot.clickOn("#addMenu").clickOn("Create table from file…");

        WaitForAsyncUtils.waitFor(30, SECONDS, () -> "Music".equals(session.selectedTable().get()));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "0 items".equals(countOf("Music")));
        assertThat(badgeOf("Music")).isEqualTo("no stream");
        ListView<?> list = robot.lookup("#tableList").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem()).hasToString("Music");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("nothing-like-it");
        assertThat(robot.lookup("#emptyMessage").queryLabeled().getText()).startsWith("No table matches");
        robot.type(KeyCode.ESCAPE);
        assertThat(cellNames()).containsExactly("Music");

        robot.clickOn("#dropButton");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> node instanceof Button b
                && "Drop".equals(b.getText())).<Node>query());

        WaitForAsyncUtils.waitFor(30, SECONDS, () -> robot.lookup("#emptyCreateTable").query().isVisible());
        assertThat(session.selectedTable().get()).isNull();
        assertThat(robot.lookup("#notice").queryAs(Message.class).getDescription()).isEqualTo("Dropped table Music.");
    }

    private List<String> cellNames() {
        return robot.lookup("#tableList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty() && cell.getText() != null).map(ListCell::getText).toList();
    }

    private String badgeOf(String table) {
        return label(table, "badge").map(Label::getText).orElse(null);
    }

    private String countOf(String table) {
        return label(table, "table-cell-count").map(Label::getText).orElse(null);
    }

    private Optional<Label> label(String table, String styleClass) {
        return robot.lookup("#tableList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> table.equals(cell.getText()))
                .findFirst()
                .flatMap(cell -> cell.lookupAll("." + styleClass).stream().map(Label.class::cast).findFirst());
    }
}
