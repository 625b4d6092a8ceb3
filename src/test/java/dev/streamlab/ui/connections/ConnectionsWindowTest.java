package dev.streamlab.ui.connections;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.ConnectionsFile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Adding a local connection in the real window and switching to it, as a user does. */
class ConnectionsWindowTest {

    private final FxRobot robot = new FxRobot();
    private WindowUnderTest window;
    private EmbeddedDynamoDb other;
    private Path state;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
        this.state = state;
        window = WindowUnderTest.start(state);
        other = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        ConnectionsViewModelTest.createTable(other, "OnlyOnTheOtherServer");
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        other.close();
    }

    @Test
    void addALocalConnectionAndSwitchToIt() throws Exception {
        Session session = window.session();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.workspace().get() != null);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#newConnectionButton").tryQuery().isPresent());
        robot.clickOn("#newConnectionButton");
        robot.clickOn("#connectionName").write("other server");
        TextField endpoint = robot.lookup("#connectionEndpoint").queryAs(TextField.class);
        robot.interact(endpoint::clear);
        robot.clickOn(endpoint).write(other.endpoint().toString());
        robot.clickOn("#saveConnectionButton");
        Label message = robot.lookup("#connectionMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> message.getText().startsWith("Saved \"other server\""));

        robot.clickOn("#connectButton");

        WaitForAsyncUtils.waitFor(30, SECONDS, () -> session.tableNames().contains("OnlyOnTheOtherServer"));
        assertThat(message.getText()).isEqualTo("Connected to other server.");
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Connected to DynamoDB Local at " + other.endpoint());
        Stage main = (Stage) robot.lookup("#statusBar").query().getScene().getWindow();
        assertThat(main.getTitle()).isEqualTo("StreamLab — other server");
        assertThat(session.errors().problems()).isEmpty();
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> new ConnectionsFile(state.resolve("connections.json")).read()
                .last().equals(Optional.of("other server")));
    }
}
