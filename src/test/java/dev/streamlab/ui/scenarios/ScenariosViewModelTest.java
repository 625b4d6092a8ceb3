package dev.streamlab.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.scenario.ScenarioCopies;
import dev.streamlab.scenario.ScenarioFolder;
import dev.streamlab.testing.Await;
import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The scenario bar's logic without a screen, on the shared DynamoDB Local with the samples' tables renamed. */
class ScenariosViewModelTest {

    @TempDir
    Path folder;
    private Session session;
    private ScenariosViewModel viewModel;

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new ScenariosViewModel(session));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void listsTheSampleScenariosByTitle() throws Exception {
        FxThread.run(viewModel::refreshSamples);

        assertThat(viewModel.samples()).extracting(ScenarioFolder.Entry::title).contains(
                "Seed 000: the reminder bot", "Seed 002: the Orders event logger",
                "Seed 003: the EmailChecker lab", "Seed 004: Cruddur messaging");
    }

    @Test
    void openingPreparesTheScenarioAndShowsItsDescriptionThenEachStepsCaption() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        long tablesChanged = session.tablesChanged().get();
        long mappingsChanged = session.mappingsChanged().get();

        FxThread.run(() -> viewModel.open(copy.file()));

        assertThat(viewModel.open().get()).isTrue();
        assertThat(viewModel.title().get()).isEqualTo("Seed 002: the Orders event logger");
        assertThat(viewModel.progress().get()).isEqualTo("5 steps");
        assertThat(viewModel.caption().get()).startsWith("Orders (Id and Amount, both numbers: hash and range key) streams KEYS_ONLY");
        assertThat(viewModel.status().get()).isEqualTo("Created 1 table, seeded 10 items, started 1 mapping file.");
        assertThat(viewModel.nextPreview().get()).startsWith("Next: A new order, written like the seed's");
        assertThat(viewModel.canNext().get()).isTrue();
        assertThat(session.tablesChanged().get()).isGreaterThan(tablesChanged);
        assertThat(session.mappingsChanged().get()).isGreaterThan(mappingsChanged);

        FxThread.run(viewModel::next);

        assertThat(viewModel.progress().get()).isEqualTo("Step 1 of 5");
        assertThat(viewModel.caption().get()).startsWith("A new order, written like the seed's newOrder.json");
        assertThat(viewModel.status().get()).isEmpty();
        assertThat(session.database().items().get(copy.table("Orders"),
                Map.of("Id", AttributeValue.fromN("11"), "Amount", AttributeValue.fromN("1000")))).isPresent();
    }

    @Test
    void steppingThroughPausesTheScenariosTriggersAndSwitchesToTheSteppingCaptions() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        FxThread.run(() -> viewModel.open(copy.file()));
        FxThread.run(viewModel::next);
        assertThat(viewModel.offersStepping().get()).isTrue();
        assertThat(viewModel.stepThrough().get()).as("002 leaves it off at first").isFalse();

        FxThread.run(() -> viewModel.stepThrough().set(true));

        assertThat(viewModel.caption().get()).contains("Press Step (F10)");
        Await.until("the key logger is paused", () -> session.workspace().get().mappings().mappings().stream()
                .allMatch(runtime -> runtime.gate().paused()));
        FxThread.run(() -> viewModel.stepThrough().set(false));
        Await.until("the key logger runs again", () -> session.workspace().get().mappings().mappings().stream()
                .map(MappingRuntime::gate).noneMatch(gate -> gate.paused()));
    }

    @Test
    void aScenarioSuggestingSteppingOpensWithItsTriggersPaused() throws Exception {
        var copy = ScenarioCopies.of("003-email-checker.json", folder);

        FxThread.run(() -> viewModel.open(copy.file()));

        assertThat(viewModel.stepThrough().get()).isTrue();
        assertThat(session.workspace().get().mappings().mappings()).allMatch(runtime -> runtime.gate().paused());
    }

    @Test
    void playedToTheEndNextIsDisabledAndRestartGoesBackToTheDescription() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        FxThread.run(() -> viewModel.open(copy.file()));
        for (int i = 0; i < 5; i++) {
            FxThread.run(viewModel::next);
        }

        assertThat(viewModel.progress().get()).isEqualTo("Step 5 of 5");
        assertThat(viewModel.atEnd().get()).isTrue();
        assertThat(viewModel.canNext().get()).isFalse();
        assertThat(viewModel.status().get()).isEqualTo("All steps played.");

        FxThread.run(viewModel::restart);

        assertThat(viewModel.progress().get()).isEqualTo("5 steps");
        assertThat(viewModel.canNext().get()).isTrue();
        assertThat(viewModel.status().get()).isEqualTo("Tables and triggers already in place.");
    }

    @Test
    void aFileWithAMistakeIsReportedAndLeavesTheOpenScenarioAsItWas() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        FxThread.run(() -> viewModel.open(copy.file()));
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"title\": \"Broken\"}");

        FxThread.run(() -> viewModel.open(broken));

        assertThat(session.errors().problems()).extracting(ErrorReporter.Problem::source, ErrorReporter.Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Scenario", broken
                        + " has no \"description\"; give a few sentences on what the scenario shows, read before the"
                        + " first step."));
        assertThat(viewModel.title().get()).isEqualTo("Seed 002: the Orders event logger");
        assertThat(viewModel.canNext().get()).isTrue();
    }

    @Test
    void closingWhilePreparingPutsTheBarAwayButTellsTheWindowWhatWasPrepared() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        long tablesChanged = session.tablesChanged().get();
        viewModel.busy().addListener((observable, before, busy) -> {
            if (busy) {
                viewModel.close();
            }
        });

        FxThread.run(() -> viewModel.open(copy.file()));

        assertThat(viewModel.open().get()).isFalse();
        assertThat(viewModel.title().get()).isEmpty();
        assertThat(viewModel.busy().get()).isFalse();
        assertThat(session.database().tables().listTables()).contains(copy.table("Orders"));
        assertThat(session.tablesChanged().get()).isGreaterThan(tablesChanged);
    }

    @Test
    void closingBeforeTheFileIsReadCancelsTheOpening() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);

        FxThread.run(() -> {
            viewModel.open(copy.file());
            viewModel.close();
        });

        assertThat(viewModel.open().get()).isFalse();
        assertThat(session.database().tables().listTables()).doesNotContain(copy.table("Orders"));
    }

    @Test
    void withoutAConnectionOpeningSaysToWait() throws Exception {
        FxThread.run(session::close);

        FxThread.run(() -> viewModel.open(folder.resolve("any.json")));

        assertThat(session.errors().latest().get().message()).startsWith("Not connected yet: open the scenario once");
        assertThat(viewModel.open().get()).isFalse();
    }
}
