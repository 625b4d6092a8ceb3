package dev.streamlab.ui.scenarios;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.local.EmbeddedDynamoDb;


import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scenario played to the end through the real window, as a presenter does it: opened from the Scenarios menu
 * (a sample, or a file through "Open scenario file…", whose native chooser the bar lets a test replace), then Next
 * until there is no step left; the items are then what the scenario and its triggers wrote.
 */
class ScenarioBarTest {

    private final FxRobot robot = new FxRobot();
    private EmbeddedDynamoDb server;
    private WindowUnderTest window;
    private Session session;

    @BeforeEach
    void start(@TempDir Path state) throws Exception {
                window = WindowUnderTest.start(state);
                server = window.server();
        session = window.session();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> session.database() != null);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void theReminderScenarioPlayedToTheEndLeavesTheProjectedReminders() throws Exception {
        openFromTheMenu("Seed 000: the reminder bot");
        awaitProgress("5 steps");

        pressNextUntilDone("Step 5 of 5");

        WaitForAsyncUtils.waitFor(20, SECONDS, () -> scan("reminders").size() == 1
                && "2017-08-13T19:00:00".equals(scan("reminders").get(0).get("timestamp").s()));
        assertThat(scan("reminders").get(0))
                .containsEntry("id", AttributeValue.fromS("3d6f1a2e-8c4b-4f7a-9e21-5b0c7d9e4a13"))
                .containsEntry("userName", AttributeValue.fromS("Andrei"))
                .containsEntry("reminderText", AttributeValue.fromS("water the plants"));
        assertThat(scan("events")).as("six seeded events and four the steps appended").hasSize(10);
        assertThat(robot.lookup("#scenarioNextButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theEmailCheckerScenarioOpenedFromAFileLeavesTheFlagsItsTriggerWrote() throws Exception {
        Path file = Path.of("sample-data", "scenarios", "003-email-checker.json");
        Node bar = robot.lookup("#scenarioBar").query();
        robot.interact(() -> bar.getProperties().put(ScenarioChooser.class,
                (ScenarioChooser) (owner, folder) -> Optional.of(file)));
        openFromTheMenu("Open scenario file…");
        awaitProgress("6 steps");
        CheckBox stepThrough = robot.lookup("#stepThroughBox").queryAs(CheckBox.class);
        assertThat(stepThrough.isSelected()).as("the scenario suggests stepping through").isTrue();
        robot.clickOn(stepThrough);

        pressNext();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> flag("ID7").equals(Optional.of(false)));
        pressNextUntilDone("Step 6 of 6");

        WaitForAsyncUtils.waitFor(20, SECONDS, () -> flag("ID7").equals(Optional.of(true)));
        assertThat(item("ID7").orElseThrow()).containsEntry("Email", AttributeValue.fromS("jane@outlook.com"))
                .containsEntry("Name", AttributeValue.fromS("Jane Doe"));
        assertThat(item("ID8")).isEmpty();
        assertThat(robot.lookup("#scenarioCaption").queryLabeled().getText()).startsWith("ID8 leaves.");
    }

    private void openFromTheMenu(String item) {
        robot.clickOn(robot.lookup(".menu-bar .menu").match(LabeledMatchers.hasText("_Scenarios")).<Node>query());
        robot.clickOn(robot.lookup(".menu-item .label").match(LabeledMatchers.hasText(item)).<Node>query());
    }

    private void awaitProgress(String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> text.equals(robot.lookup("#scenarioProgress").queryLabeled()
                .getText()) && !robot.lookup("#scenarioNextButton").queryButton().isDisabled());
    }

    private void pressNext() throws Exception {
        Button next = robot.lookup("#scenarioNextButton").queryButton();
        WaitForAsyncUtils.waitFor(20, SECONDS, () -> !next.isDisabled());
        robot.clickOn(next);
    }

    private void pressNextUntilDone(String lastProgress) throws Exception {
        while (!lastProgress.equals(robot.lookup("#scenarioProgress").queryLabeled().getText())) {
            pressNext();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(20, SECONDS, () -> !robot.lookup("#scenarioBusy").query().isVisible());
        }
    }

    private List<Map<String, AttributeValue>> scan(String table) {
        return session.database().browser().page(ItemPageRequest.scan(table)).items();
    }

    private Optional<Map<String, AttributeValue>> item(String id) {
        return session.database().items().get("CloudAcademyLabs", Map.of("Id", AttributeValue.fromS(id)));
    }

    private Optional<Boolean> flag(String id) {
        return item(id).map(found -> found.get("IsPersonalEmail")).map(AttributeValue::bool);
    }
}
