package dev.streamlab.ui.triggers;

import static dev.streamlab.ui.triggers.TriggerFixtures.emailChecker;
import static dev.streamlab.ui.triggers.TriggerFixtures.labsTable;
import static dev.streamlab.ui.triggers.TriggerFixtures.onFx;
import static dev.streamlab.ui.triggers.TriggerFixtures.putEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.Await;
import dev.streamlab.trigger.host.MappingStatus.State;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mappings panel against real runtimes on the shared DynamoDB Local. */
class TriggersViewModelTest {

    @TempDir
    Path folder;
    private Session session;
    private TriggersViewModel viewModel;

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        emailChecker(folder.resolve("samples"), "SampleChecker", "CloudAcademyLabs");
        viewModel = FxThread.call(() -> new TriggersViewModel(session, folder.resolve("samples")));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void aLoadedMappingShowsItsStateAndCountsItsInvocationsAndLogLines() throws Exception {
        String table = labsTable();
        Path file = emailChecker(folder, "EmailChecker", table);
        FxThread.run(() -> viewModel.open(file));

        MappingRow row = onFx(() -> viewModel.mappings().rows().get(0));
        assertThat(row.functionName()).isEqualTo("EmailChecker");
        assertThat(row.table()).isEqualTo(table);
        assertThat(row.state()).isEqualTo(State.RUNNING);
        assertThat(row.stateText()).isEqualTo("running");
        assertThat(row.invocations()).isEqualTo("0");
        assertThat(row.lastDuration()).isEqualTo("—");
        assertThat(row.tooltip()).contains("Handler: builtin:email-checker", "BatchSize: 100",
                "StartingPosition: TRIM_HORIZON", "Environment: TABLE_NAME=" + table);

        putEmail(table, "ID1", "ann@gmail.com");

        // The INSERT, then the MODIFY its own derived write made, which needs nothing more.
        Await.until("both invocations are counted", () -> onFx(() -> viewModel.mappings().rows().get(0))
                .invocations().equals("2"));
        assertThat(onFx(() -> viewModel.mappings().rows().get(0)).lastDuration()).endsWith("ms");
        Await.until("the function's log line shows", () -> onFx(() -> viewModel.log().lines().stream()
                .anyMatch(line -> line.functionName().equals("EmailChecker")
                        && line.line().contains("IsPersonalEmail=true"))));
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void theSampleFolderIsListedForOneClickLoading() throws Exception {
        Await.until("the samples are listed", () -> onFx(() -> viewModel.samples().size()) == 1);
        SampleMapping sample = onFx(() -> viewModel.samples().get(0));
        assertThat(sample.name()).isEqualTo("SampleChecker.json");
        assertThat(sample.summary()).isEqualTo("SampleChecker on CloudAcademyLabs");
        assertThat(onFx(viewModel::triggersAvailable)).extracting(TriggerKind::handler)
                .contains("builtin:email-checker", "builtin:key-logger", "builtin:reminder-projector",
                        "builtin:message-group-sk-rewrite");
    }

    @Test
    void disablingStopsTheReaderAndUnloadingForgetsTheFile() throws Exception {
        String table = labsTable();
        Path file = emailChecker(folder, "EmailChecker", table);
        FxThread.run(() -> viewModel.open(file));
        MappingRow row = onFx(() -> viewModel.mappings().rows().get(0));

        FxThread.run(() -> viewModel.mappings().setEnabled(row, false));
        MappingRow disabled = onFx(() -> viewModel.mappings().rows().get(0));
        assertThat(disabled.state()).isEqualTo(State.DISABLED);
        assertThat(disabled.enabled()).isFalse();

        FxThread.run(() -> viewModel.mappings().unload(disabled));
        assertThat(onFx(() -> List.copyOf(viewModel.mappings().rows()))).isEmpty();
        assertThat(session.workspace().get().mappings().sources()).isEmpty();
        assertThat(onFx(() -> viewModel.stepping().hint().get()))
                .isEqualTo("Pause a mapping to step through its batches");
    }

    @Test
    void aFileThatDoesNotLoadIsOneSentenceOnTheErrorPathAndStartsNothing() throws Exception {
        Path broken = TriggerFixtures.write(folder, "broken", """
                {"functions": {"F": {"Handler": "builtin:email-checker"}},
                 "eventSourceMappings": [{"FunctionName": "F", "TableName": "Nope", "StartingPosition": "LATEST",
                                          "BatchSize": 0}]}
                """);

        FxThread.run(() -> viewModel.open(broken));

        assertThat(session.errors().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("Open mapping file");
            assertThat(problem.message()).contains("BatchSize 0", "1 to 10000");
        });
        assertThat(onFx(() -> List.copyOf(viewModel.mappings().rows()))).isEmpty();
    }
}
