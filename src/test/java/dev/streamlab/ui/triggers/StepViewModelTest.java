package dev.streamlab.ui.triggers;

import static dev.streamlab.ui.triggers.TriggerFixtures.emailChecker;
import static dev.streamlab.ui.triggers.TriggerFixtures.item;
import static dev.streamlab.ui.triggers.TriggerFixtures.labsTable;
import static dev.streamlab.ui.triggers.TriggerFixtures.onFx;
import static dev.streamlab.ui.triggers.TriggerFixtures.putEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.Await;
import dev.streamlab.trigger.host.MappingRuntime;
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

/** Step by step against real runtimes: pause, the exact pending event, step exactly the batch shown, resume. */
class StepViewModelTest {

    @TempDir
    Path folder;
    private Session session;
    private TriggersViewModel viewModel;
    private StepViewModel stepping;

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new TriggersViewModel(session, folder.resolve("no-samples")));
        stepping = viewModel.stepping();
        FxThread.run(() -> viewModel.startPaused().set(true));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void aPausedMappingShowsItsWaitingBatchAsTheExactEventItsTriggerWillGet() throws Exception {
        String table = labsTable();
        load("EmailChecker", table);
        assertThat(onFx(() -> viewModel.mappings().rows().get(0)).state()).isEqualTo(State.PAUSED);
        assertThat(onFx(() -> stepping.hint().get()))
                .isEqualTo("Paused — write an item to " + table + "; its batch will wait here");

        putEmail(table, "ID1", "ann@gmail.com");

        Await.until("the batch waits", () -> onFx(() -> stepping.pending().size()) == 1);
        var waiting = runtime("EmailChecker").gate().pending();
        assertThat(waiting).hasSize(1);
        assertThat(onFx(() -> stepping.pendingEvent().get()))
                .isEqualTo(Formats.pretty(waiting.get(0).event().json()))
                .contains("\"eventName\": \"INSERT\"", "\"Email\": {", "\"S\": \"ann@gmail.com\"");
        PendingRow row = onFx(() -> stepping.selected().get());
        assertThat(row.id()).isEqualTo(waiting.get(0).id());
        assertThat(row.title()).isEqualTo("EmailChecker ← " + table);
        assertThat(row.detail()).startsWith("1 record · INSERT · shard …");
        assertThat(onFx(() -> stepping.hint().get())).isEmpty();
        assertThat(item(table, "ID1")).doesNotContainKey("IsPersonalEmail");
        assertThat(runtime("EmailChecker").status().invocations()).isZero();
    }

    @Test
    void stepDeliversExactlyTheBatchShownWhenTwoShardsWaitThenItsDerivedWritesWaitAsTheNextBatch() throws Exception {
        String first = labsTable();
        String second = labsTable();
        twoBatchesWait(first, second, "bob@outlook.com");

        PendingRow chosen = onFx(() -> stepping.pending().get(1));
        PendingRow other = onFx(() -> stepping.pending().get(0));
        FxThread.run(() -> stepping.select(chosen));
        assertThat(onFx(() -> stepping.pendingEvent().get())).isEqualTo(chosen.json());
        FxThread.run(viewModel::step);

        MappingRuntime chosenRuntime = runtime(chosen.functionName());
        MappingRuntime otherRuntime = runtime(other.functionName());
        Await.until("the chosen batch is delivered", () -> chosenRuntime.status().invocations() == 1);
        String chosenTable = chosen.table();
        String chosenId = chosenTable.equals(first) ? "A1" : "B1";
        assertThat(item(chosenTable, chosenId)).containsKey("IsPersonalEmail");
        assertThat(otherRuntime.status().invocations()).as("the other shard's batch still waits").isZero();
        assertThat(item(other.table(), chosenId.equals("A1") ? "B1" : "A1")).doesNotContainKey("IsPersonalEmail");

        // The derived write's MODIFY comes round and waits at the still-paused mapping, next to the other batch.
        Await.until("the derived record waits as the next batch", () -> onFx(() -> stepping.pending().stream()
                .anyMatch(row -> row.functionName().equals(chosen.functionName())
                        && row.json().contains("\"eventName\": \"MODIFY\""))));
        assertThat(onFx(() -> stepping.pending().stream().map(PendingRow::id).toList())).contains(other.id())
                .doesNotContain(chosen.id());

        LastInvocationViewModel last = stepping.last();
        Await.until("the derived write shows its before and after", () -> onFx(() -> last.writes().size() == 1
                && last.writes().get(0).eventName().equals("MODIFY")));
        InvocationRow invocation = onFx(() -> last.invocation().get());
        assertThat(invocation.functionName()).isEqualTo(chosen.functionName());
        assertThat(invocation.outcome()).isEqualTo("Success");
        assertThat(invocation.causes()).isEqualTo(chosen.eventIds());
        DerivedWriteRow write = onFx(() -> last.writes().get(0));
        assertThat(write.title()).isEqualTo("UpdateItem " + chosenTable);
        assertThat(write.keys()).isEqualTo("{\"Id\":\"" + chosenId + "\"}");
        assertThat(write.change()).isEqualTo("IsPersonalEmail: — → true");
        assertThat(write.images()).contains("Before:", "After:", "\"IsPersonalEmail\": true");
        assertThat(onFx(() -> List.copyOf(last.logs()))).singleElement().asString().contains("IsPersonalEmail=true");
    }

    @Test
    void resumeAllLetsEveryWaitingBatchThrough() throws Exception {
        String first = labsTable();
        String second = labsTable();
        twoBatchesWait(first, second, "bob@example.com");
        assertThat(onFx(() -> viewModel.mappings().allPaused().get())).isTrue();

        FxThread.run(viewModel::resumeAll);

        Await.until("both items are checked", () -> item(first, "A1").containsKey("IsPersonalEmail")
                && item(second, "B1").containsKey("IsPersonalEmail"));
        assertThat(item(second, "B1").get("IsPersonalEmail").bool()).isFalse();
        Await.until("nothing waits", () -> onFx(() -> stepping.pending().isEmpty()));
        assertThat(onFx(() -> viewModel.mappings().allPaused().get())).isFalse();
        assertThat(onFx(() -> stepping.hint().get())).isEqualTo("Pause a mapping to step through its batches");
    }

    @Test
    void togglePauseAllPausesEveryMappingThenResumesThem() throws Exception {
        FxThread.run(() -> viewModel.startPaused().set(false));
        load("FirstChecker", labsTable());
        load("SecondChecker", labsTable());
        assertThat(onFx(() -> viewModel.mappings().rows().stream().map(MappingRow::state).toList()))
                .containsOnly(State.RUNNING);

        FxThread.run(viewModel::togglePauseAll);
        assertThat(onFx(() -> viewModel.mappings().rows().stream().map(MappingRow::state).toList()))
                .containsOnly(State.PAUSED);
        assertThat(onFx(() -> viewModel.mappings().rows().get(0).reason())).isEqualTo("paused in the window");

        FxThread.run(viewModel::togglePauseAll);
        assertThat(onFx(() -> viewModel.mappings().rows().stream().map(MappingRow::state).toList()))
                .containsOnly(State.RUNNING);
    }

    /** Two paused mappings on two tables (two shards), with an item put in each: A1 (gmail) and B1. */
    private void twoBatchesWait(String first, String second, String secondEmail) throws Exception {
        load("FirstChecker", first);
        load("SecondChecker", second);
        putEmail(first, "A1", "ann@gmail.com");
        putEmail(second, "B1", secondEmail);
        Await.until("both shards' batches wait", () -> onFx(() -> stepping.pending().size()) == 2);
    }

    private void load(String function, String table) throws Exception {
        Path file = emailChecker(folder, function, table);
        FxThread.run(() -> viewModel.open(file));
        assertThat(session.errors().problems()).isEmpty();
    }

    private MappingRuntime runtime(String function) {
        return session.workspace().get().mappings().mappings().stream()
                .filter(runtime -> runtime.function().name().equals(function)).findFirst().orElseThrow();
    }
}
