package dev.streamlab.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The window on a connection that counts as AWS (a named profile, here with made-up keys, signing for a DynamoDB
 * Local that accepts any): it is marked as AWS, and dropping a table waits for the table's name to be typed.
 */
class AwsLookalikeWindowTest {

    private final FxRobot robot = new FxRobot();
    private EmbeddedDynamoDb server;
    private WindowUnderTest window;

    @BeforeEach
    void start(@TempDir Path state, @TempDir Path aws) throws Exception {
        Files.writeString(aws.resolve("config"), "[profile lab]\nregion = eu-west-1\n");
        Files.writeString(aws.resolve("credentials"),
                "[lab]\naws_access_key_id = AKIDLAB\naws_secret_access_key = labsecret\n");
        System.setProperty("aws.configFile", aws.resolve("config").toString());
        System.setProperty("aws.sharedCredentialsFile", aws.resolve("credentials").toString());
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        try (var clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()))) {
            clients.dynamo().createTable(request -> request.tableName("Precious")
                    .attributeDefinitions(a -> a.attributeName("Id").attributeType("S"))
                    .keySchema(k -> k.attributeName("Id").keyType("HASH"))
                    .billingMode("PAY_PER_REQUEST"));
        }
        window = WindowUnderTest.on(server, state, "--profile", "lab");
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    @Test
    void anAwsConnectionIsMarkedAndDroppingATableWaitsForItsNameTyped() throws Exception {
        Session session = window.session();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.tableNames().contains("Precious"));
        Label band = robot.lookup("#awsBand").queryAs(Label.class);
        assertThat(band.isVisible()).isTrue();
        assertThat(band.getText()).startsWith("AWS").contains("eu-west-1 — real data");
        Stage main = (Stage) band.getScene().getWindow();
        assertThat(main.getTitle()).contains("AWS").contains("eu-west-1");
        assertThat(robot.lookup("#statusBar").query().getStyleClass()).contains("aws");

        robot.clickOn(robot.lookup("#tableList .list-cell").match(node -> node instanceof ListCell<?> cell
                && "Precious".equals(cell.getText())).<Node>query());
        robot.clickOn("#dropButton");
        Button drop = robot.lookup(".dialog-pane .button").match(node -> node instanceof Button b
                && "Drop".equals(b.getText())).query();
        assertThat(drop.isDisabled()).isTrue();
        robot.clickOn("#dropTableName").write("precious");
        assertThat(drop.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#dropTableName").queryAs(TextField.class).setText("Precious"));
        assertThat(drop.isDisabled()).isFalse();
        robot.clickOn(drop);

        WaitForAsyncUtils.waitFor(30, SECONDS, () -> !session.tableNames().contains("Precious"));
        try (var clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()))) {
            WaitForAsyncUtils.waitFor(30, SECONDS, () -> {
                try {
                    clients.dynamo().describeTable(request -> request.tableName("Precious"));
                    return false;
                } catch (ResourceNotFoundException gone) {
                    return true;
                }
            });
        }
    }
}
