package dev.streamlab.ui.triggers;

import static dev.streamlab.ui.triggers.TriggerFixtures.emailChecker;
import static dev.streamlab.ui.triggers.TriggerFixtures.labsTable;
import static dev.streamlab.ui.triggers.TriggerFixtures.onFx;
import static dev.streamlab.ui.triggers.TriggerFixtures.putEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.Await;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trigger log tab: the functions' lines, filtered by function, and the batches given up on. */
class TriggerLogViewModelTest {

    @TempDir
    Path folder;
    private Session session;
    private TriggersViewModel viewModel;
    private TriggerLogViewModel log;

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new TriggersViewModel(session, folder.resolve("no-samples")));
        log = viewModel.log();
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void eachFunctionsLinesShowAndTheFilterKeepsOneFunction() throws Exception {
        String first = labsTable();
        String second = labsTable();
        load(emailChecker(folder, "FirstChecker", first));
        load(emailChecker(folder, "SecondChecker", second));
        putEmail(first, "A1", "ann@gmail.com");
        putEmail(second, "B1", "bob@gmail.com");

        Await.until("both functions logged", () -> onFx(() -> List.copyOf(log.functions()))
                .equals(List.of(TriggerLogViewModel.ALL_FUNCTIONS, "FirstChecker", "SecondChecker")));
        FxThread.run(() -> log.functionFilter().set("SecondChecker"));

        List<LogRow> shown = onFx(() -> List.copyOf(log.lines()));
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.functionName()).isEqualTo("SecondChecker"));
        assertThat(shown.get(0).line()).contains("Updating {\"Id\":{\"S\":\"B1\"}}", "IsPersonalEmail=true");
        assertThat(shown.get(0).shortRequestId()).startsWith("…").hasSize(9);

        FxThread.run(() -> log.functionFilter().set(TriggerLogViewModel.ALL_FUNCTIONS));
        assertThat(onFx(() -> log.lines().stream().map(LogRow::functionName).distinct().sorted().toList()))
                .containsExactly("FirstChecker", "SecondChecker");
    }

    @Test
    void aBatchGivenUpIsListedWithItsRecords() throws Exception {
        String table = labsTable();
        // The reminder projector cannot read a lab item as an event: it fails, and with no retries it gives up.
        load(TriggerFixtures.write(folder, "projector", """
                {"functions": {"Projector": {"Handler": "builtin:reminder-projector",
                                             "Environment": {"Variables": {"REMINDERS_TABLE": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "Projector", "TableName": "%s",
                                          "StartingPosition": "TRIM_HORIZON", "MaximumRetryAttempts": 0}]}
                """.formatted(table, table)));

        putEmail(table, "X1", "x@example.com");

        Await.until("the batch given up on is listed", () -> onFx(() -> log.warnings().size()) == 1);
        WarningRow warning = onFx(() -> log.warnings().get(0));
        assertThat(warning.kind()).isEqualTo("gave up");
        assertThat(warning.style()).isEqualTo("danger");
        assertThat(warning.title()).isEqualTo("Projector gave up on 1 record of " + table + ": RetryAttemptsExhausted");
        assertThat(warning.records()).contains("\"Records\"", "\"S\": \"X1\"", "\"S\": \"x@example.com\"");
        assertThat(warning.traceId()).isPresent();
        Await.until("the error is counted", () -> onFx(() -> viewModel.mappings().rows().get(0)).failing());
        MappingRow row = onFx(() -> viewModel.mappings().rows().get(0));
        assertThat(row.invocations()).isEqualTo("1");
        assertThat(row.errors()).isEqualTo("1");
    }

    private void load(Path file) throws Exception {
        FxThread.run(() -> viewModel.open(file));
        assertThat(session.errors().problems()).isEmpty();
    }
}
