package dev.streamlab.ui.main;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.Connection;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.BackgroundExecutor;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final ExecutorService executor = BackgroundExecutor.create();
    private String tableName;

    @Start
    void start(Stage stage) {
        tableName = TestTables.messagesWithTtl();
        // The shared clients: the window is never closed here, so they stay open for the other tests.
        new MainWindow(() -> new Connection(LocalDynamo.clients(), Optional.empty()), executor).show(stage);
    }

    @AfterEach
    void stopBackgroundWork() {
        executor.shutdownNow();
    }

    @Test
    void showsTheConnectionAndTheSelectedTablesKeys(FxRobot robot) throws Exception {
        ListView<String> tables = robot.lookup("#tableList").queryListView();
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> tables.getItems().contains(tableName));
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .isEqualTo("Connected to DynamoDB Local at " + LocalDynamo.endpoint());

        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(tableName)).<Node>query());

        Label partitionKey = robot.lookup("#partitionKey").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#detailsPane").query().isVisible()
                && partitionKey.getText() != null && partitionKey.getText().startsWith("pk"));
        assertThat(partitionKey.getText()).isEqualTo("pk (S)");
        assertThat(robot.lookup("#sortKey").queryLabeled().getText()).isEqualTo("sk (N)");
        assertThat(robot.lookup("#tableName").queryLabeled().getText()).isEqualTo(tableName);
        assertThat(robot.lookup("#stream").queryLabeled().getText()).isEqualTo("NEW_IMAGE");
    }
}
