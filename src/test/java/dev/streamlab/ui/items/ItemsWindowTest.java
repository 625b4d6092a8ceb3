package dev.streamlab.ui.items;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The items view and the editor in the real window, driven as a user drives them, with the sample data loaded. */
class ItemsWindowTest {

    private final FxRobot robot = new FxRobot();
    private final List<RecordTraced> records = new CopyOnWriteArrayList<>();
    private EmbeddedDynamoDb server;
    private Clients outside;
    private WindowUnderTest window;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        outside = ClientFactory.open(ConnectionProfile.local(server.endpoint()));
        window = WindowUnderTest.on(server, state);
        Session session = window.session();
        session.onTraceEvent(event -> {
            if (event instanceof RecordTraced record) {
                records.add(record);
            }
        });
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.database() != null);
        WaitForAsyncUtils.asyncFx(() -> session.run(session.task("test", () -> session.database().seeder()
                .seed(Path.of("sample-data"))).onSuccess(report -> session.tableSetChanged()))).get();
        ListView<?> tables = robot.lookup("#tableList").queryListView();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> tables.getItems().stream()
                .anyMatch(table -> "Orders".equals(table.toString())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        outside.close();
        window.close();
    }

    @Test
    void putAnItemThroughTheEditorAndSeeItInTheItemsViewAndItsInsertInTheTrace() throws Exception {
        TableView<ItemRow> items = open("CloudAcademyLabs", 6);

        robot.clickOn("#newItemButton");
        replaceEditorText("{\"Id\": {\"S\": \"ID9\"}, \"Email\": {\"S\": \"ann@outlook.com\"}}");
        robot.clickOn("#saveItemButton");

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> items.getSelectionModel().getSelectedItem() != null);
        ItemRow selected = items.getSelectionModel().getSelectedItem();
        assertThat(items.getItems()).hasSize(7);
        assertThat(selected.cell("Id").text()).isEqualTo("ID9");
        assertThat(selected.cell("Email").text()).isEqualTo("ann@outlook.com");
        assertThat(outside.dynamo().getItem(r -> r.tableName("CloudAcademyLabs")
                .key(ItemsFixture.item("{\"Id\": {\"S\": \"ID9\"}}"))).item()).containsKey("Email");
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> records.stream().anyMatch(record ->
                record.table().equals("CloudAcademyLabs") && record.record().eventName().equals("INSERT")
                        && record.record().keys().get("Id").s().equals("ID9")));
        assertThat(robot.lookup("#editorTitle").queryLabeled().getText()).isEqualTo("ID9");
    }

    @Test
    void invalidJsonInTheEditorShowsTheLineAndColumnAndWritesNothing() throws Exception {
        TableView<ItemRow> items = open("Orders", 10);

        robot.clickOn("#newItemButton");
        replaceEditorText("{\"Id\": {\"N\": \"77\"},", "\"Amount\" {\"N\": \"1\"}}");

        Label problem = robot.lookup("#problemLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> problem.getText().startsWith(
                "The item is not valid JSON at line 2, column 10 ("));
        CodeArea editor = robot.lookup("#itemEditor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> editor.getStyleOfChar(1, 9).contains("problem-mark"));
        assertThat(editor.getStyleOfChar(1, 0)).as("the line before the column is not underlined")
                .doesNotContain("problem-mark");
        Button save = robot.lookup("#saveItemButton").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(outside.dynamo().scan(r -> r.tableName("Orders")).count()).isEqualTo(10);
        assertThat(items.getItems()).hasSize(10);
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .startsWith("Nothing is written while the JSON is invalid: The item is not valid JSON at line 2");
    }

    @Test
    void aPartiqlSelectLandsInTheItemsViewAndABadStatementSaysWhyAndWritesNothing() throws Exception {
        TableView<ItemRow> items = open("Orders", 10);
        long ones = outside.dynamo().scan(scan -> scan.tableName("Orders").filterExpression("Id = :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).count();

        robot.clickOn("#partiqlToggle");
        TextField statement = robot.lookup("#statementField").queryAs(TextField.class);
        assertThat(statement.getText()).isEqualTo("SELECT * FROM \"Orders\"");
        robot.interact(() -> statement.setText("SELECT * FROM \"Orders\" WHERE Id = 1"));
        robot.clickOn(statement).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> items.getItems().size() == ones);
        assertThat(items.getItems()).allSatisfy(row -> assertThat(row.item().get("Id").n()).isEqualTo("1"));

        Session session = window.session();
        robot.interact(() -> statement.setText("INSERT INTO \"Orders\" VALUE {'Id': 1, 'Amount': 99"));
        robot.clickOn(statement).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> session.errors().latest().get() != null);
        assertThat(session.errors().latest().get().message())
                .startsWith("DynamoDB rejected the request on the PartiQL statement: ");
        assertThat(outside.dynamo().scan(scan -> scan.tableName("Orders")).count()).isEqualTo(10);
    }

    @Test
    void threeRowsSelectedAreDeletedAfterOneQuestionWithTheirCount() throws Exception {
        TableView<ItemRow> items = open("Orders", 10);
        List<ItemRow> chosen = List.copyOf(items.getItems().subList(0, 3));

        robot.clickOn(row(0));
        robot.press(KeyCode.SHIFT).clickOn(row(2)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> window.session().selectedItems().size() == 3);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> robot.lookup(".dialog-pane .header-panel .label")
                .match(LabeledMatchers.hasText("Delete 3 items from Orders?")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).<Node>query());

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> items.getItems().size() == 7);
        assertThat(outside.dynamo().scan(scan -> scan.tableName("Orders")).items())
                .hasSize(7).doesNotContainAnyElementsOf(chosen.stream().map(ItemRow::item).toList());
    }

    @Test
    void aFilterBuiltFromConditionRowsReadsOnlyWhatTheyAllowAndIsKeptAmongRecentReads() throws Exception {
        TableView<ItemRow> items = open("Orders", 10);
        long big = items.getItems().stream().filter(row -> Double.parseDouble(row.item().get("Amount").n()) > 100)
                .count();

        robot.clickOn("#filterToggle");
        robot.clickOn(".filter-attribute").write("Amount");
        ComboBox<FilterOperator> operator = robot.lookup(".filter-operator").queryComboBox();
        robot.interact(() -> operator.setValue(FilterOperator.GREATER));
        robot.clickOn(".filter-value").write("100").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, SECONDS, () -> items.getItems().size() == big);
        assertThat(items.getItems()).allSatisfy(row ->
                assertThat(Double.parseDouble(row.item().get("Amount").n())).isGreaterThan(100));
        ComboBox<String> type = robot.lookup(".filter-type").queryComboBox();
        assertThat(type.getValue()).as("Amount is a number in the items read").isEqualTo("N");
        MenuButton recent = robot.lookup("#recentMenu").queryAs(MenuButton.class);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> !recent.getItems().isEmpty());
        assertThat(recent.getItems().get(0).getText()).isEqualTo("Scan · filter: Amount > 100");
    }

    @Test
    void ctrlTKeepsTheTableInATabOfItsOwnWhileAnotherIsPickedAndCtrlWClosesIt() throws Exception {
        open("Orders", 10);
        TabPane centre = robot.lookup("#centreTabs").queryAs(TabPane.class);

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> centre.getTabs().size() == 3);
        Tab tab = centre.getTabs().get(2);
        assertThat(tab.getText()).isEqualTo("Orders");
        assertThat(centre.getSelectionModel().getSelectedItem()).isSameAs(tab);
        TableView<?> tabItems = robot.from(tab.getContent()).lookup("#itemsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> tabItems.getItems().size() == 10);

        TableView<ItemRow> items = open("CloudAcademyLabs", 6);
        assertThat(centre.getSelectionModel().getSelectedIndex()).as("the Items tab shows the table picked").isZero();
        assertThat(items).isNotSameAs(tabItems);
        assertThat(tabItems.getItems()).as("the Orders tab stays on Orders").hasSize(10);

        robot.interact(() -> centre.getSelectionModel().select(tab));
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> centre.getTabs().size() == 2);
    }

    private Node row(int index) {
        return robot.lookup(".table-row-cell").match(NodeQueryUtils.isVisible())
                .match(cell -> ((javafx.scene.control.TableRow<?>) cell).getIndex() == index).query();
    }

    @Test
    void theEditorsCopyMenuPutsTheItemsPutWithItsConditionOnTheClipboardAsAnAwsCliCommand() throws Exception {
        open("Orders", 10);
        // only a cell of a shown row holding that item: a virtual flow keeps hidden spare cells and rows
        Supplier<Optional<Node>> globex = () -> robot.lookup(".table-cell").match(LabeledMatchers.hasText("Globex Ltd"))
                .match((TableCell<?, ?> cell) -> cell.getTableRow() != null && cell.getTableRow().isVisible()
                        && cell.getTableRow().getItem() != null)
                .match(NodeQueryUtils.isVisible()).tryQuery();
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> globex.get().isPresent());
        robot.clickOn(globex.get().orElseThrow());
        Label title = robot.lookup("#editorTitle").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> title.getText().equals("3 · 1000.5"));
        robot.clickOn("#conditionChoice").clickOn("Only if it exists");

        copyAs("AWS CLI put-item");

        assertThat(clipboard()).isEqualTo("""
                aws dynamodb put-item \\
                    --table-name Orders \\
                    --item '{"Id":{"N":"3"},"Amount":{"N":"1000.5"},"Customer":{"S":"Globex Ltd"}}' \\
                    --condition-expression 'attribute_exists(#partitionKey)' \\
                    --expression-attribute-names '{"#partitionKey":"Id"}' \\
                    --region us-east-1 \\
                    --endpoint-url\s""" + server.endpoint());
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText()).isEqualTo("Copied as AWS CLI put-item.");

        copyAs("AWS CLI delete-item");
        assertThat(clipboard()).startsWith("aws dynamodb delete-item \\\n    --table-name Orders \\\n"
                + "    --key '{\"Id\":{\"N\":\"3\"},\"Amount\":{\"N\":\"1000.5\"}}' \\\n");

        replaceEditorText("{\"Id\": ");
        MenuButton copyMenu = robot.lookup("#editorCopyMenu").queryAs(MenuButton.class);
        WaitForAsyncUtils.waitFor(5, SECONDS, copyMenu::isDisabled);
    }

    /** Opens the editor's Copy as menu and picks one of its items, as a user does. */
    private void copyAs(String item) {
        robot.clickOn("#editorCopyMenu");
        robot.clickOn(robot.lookup(".menu-item .label").match(LabeledMatchers.hasText(item)).<Node>query());
    }

    /** What a paste would give: the system clipboard's text, read on the FX thread. */
    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, SECONDS);
    }

    private TableView<ItemRow> open(String table, int itemCount) throws Exception {
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(table))
                .match(NodeQueryUtils.isVisible()).<Node>query());
        Node itemsTab = robot.lookup("#centreTabs").queryAs(TabPane.class).getTabs().get(0).getContent();
        TableView<ItemRow> items = robot.from(itemsTab).lookup("#itemsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> items.getItems().size() == itemCount);
        return items;
    }

    /** Selects everything in the editor and types the lines over it. */
    private void replaceEditorText(String... lines) {
        CodeArea editor = robot.lookup("#itemEditor").queryAs(CodeArea.class);
        robot.clickOn(editor).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                robot.type(KeyCode.ENTER);
            }
            robot.write(lines[i]);
        }
    }
}
