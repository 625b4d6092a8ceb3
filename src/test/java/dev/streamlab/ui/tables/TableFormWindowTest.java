package dev.streamlab.ui.tables;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The create-table form in the real window, filled in as a user fills it. */
class TableFormWindowTest {

    private final FxRobot robot = new FxRobot();
    private WindowUnderTest window;
    private Clients clients;
    private Session session;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
        window = WindowUnderTest.start(state);
        session = window.session();
        clients = ClientFactory.open(ConnectionProfile.local(window.server().endpoint()));
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.workspace().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        clients.close();
        window.close();
    }

    @Test
    void createATableWithAGlobalIndexALocalIndexAndAStreamFromTheForm() throws Exception {
        openForm();
        type("#tableNameField", "Messages");
        type("#partitionKeyField", "pk");
        type("#sortKeyField", "sk");
        robot.clickOn("#addGlobalIndexButton");
        type("#indexName0", "ByGroup");
        type("#indexPartitionKey0", "group");
        type("#indexSortKey0", "sk");
        robot.clickOn("#addLocalIndexButton");
        type("#indexName1", "ByCreated");
        type("#indexSortKey1", "created");
        robot.interact(() -> robot.lookup("#streamChoice").<ChoiceBox<String>>query().setValue("NEW_IMAGE"));
        assertThat(robot.lookup("#tableJson").queryAs(TextArea.class).getText())
                .contains("\"GlobalSecondaryIndexes\"", "\"LocalSecondaryIndexes\"", "\"StreamViewType\" : \"NEW_IMAGE\"");

        robot.clickOn("#createTableButton");

        WaitForAsyncUtils.waitFor(30, SECONDS, () -> "Messages".equals(session.selectedTable().get()));
        TableDescription table = clients.dynamo().describeTable(describe -> describe.tableName("Messages")).table();
        assertThat(table.keySchema()).extracting(key -> key.attributeName() + " " + key.keyType())
                .containsExactly("pk " + KeyType.HASH, "sk " + KeyType.RANGE);
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("ByGroup");
            assertThat(index.keySchema()).extracting(key -> key.attributeName()).containsExactly("group", "sk");
        });
        assertThat(table.localSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("ByCreated");
            assertThat(index.keySchema()).extracting(key -> key.attributeName()).containsExactly("pk", "created");
        });
        assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void aFormWithoutAPartitionKeySaysSoAndCreatesNothing() throws Exception {
        openForm();
        type("#tableNameField", "NoKey");

        Label problem = robot.lookup("#tableFormProblem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("The table has no partition key: name one, e.g. Id.");
        assertThat(robot.lookup("#createTableButton").query().isDisabled()).isTrue();
        robot.clickOn("#createTableButton");

        assertThat(clients.dynamo().listTables().tableNames()).isEqualTo(List.of());
    }

    private void openForm() throws Exception {
        robot.clickOn("#addMenu");
        robot.clickOn("New table…");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#tableNameField").tryQuery().isPresent());
    }

    private void type(String field, String text) {
        Node node = robot.lookup(field).query();
        robot.clickOn(node).write(text);
    }
}
