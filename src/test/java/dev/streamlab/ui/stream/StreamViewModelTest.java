package dev.streamlab.ui.stream;

import static dev.streamlab.ui.stream.TracedRecords.inserted;
import static dev.streamlab.ui.stream.TracedRecords.keysOnly;
import static dev.streamlab.ui.stream.TracedRecords.modified;
import static dev.streamlab.ui.stream.TracedRecords.removed;
import static dev.streamlab.ui.stream.TracedRecords.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stream view's logic without a screen, fed records the way the causal trace tells them: off the FX thread. */
class StreamViewModelTest {

    private Session session;
    private StreamViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        FxThread.start();
        // Not connected: the only records are the ones each test tells.
        session = new Session(TestSessions.options(() -> {
            throw new IllegalStateException("this test does not connect");
        }), FxThread.SAME_THREAD, Platform::runLater);
        viewModel = FxThread.call(() -> new StreamViewModel(session));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void eachRecordBecomesARowWithItsDisplayStringsAndItsDepth() throws Exception {
        tell(keysOnly("Orders", 7), modified("Users", user("ID1", "a@example.com"), user("ID1", "a@gmail.com"), 8, 2));

        assertThat(viewModel.rows()).hasSize(2);
        StreamRow order = viewModel.rows().get(0);
        assertThat(order.time()).isEqualTo(LocalTime.ofInstant(TracedRecords.SEEN, ZoneId.systemDefault()).toString());
        assertThat(order.table()).isEqualTo("Orders");
        assertThat(order.eventName()).isEqualTo("INSERT");
        assertThat(order.keys()).isEqualTo("Id=42, Amount=1000.50");
        assertThat(order.sequenceNumber()).isEqualTo("000000000000000000007");
        assertThat(order.shard()).isEqualTo(TracedRecords.SHARD);
        assertThat(order.depth()).as("a write made outside any trigger").isEmpty();
        StreamRow derived = viewModel.rows().get(1);
        assertThat(derived.eventName()).isEqualTo("MODIFY");
        assertThat(derived.keys()).isEqualTo("Id=ID1");
        assertThat(derived.depth()).as("two invocations down the chain").isEqualTo("↳ 2");
        assertThat(FxThread.call(() -> viewModel.countText().get())).isEqualTo("2 records");
    }

    @Test
    void binaryKeysShowAsBase64() {
        var keys = Map.of("Blob", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")));
        var traced = TracedRecords.traced("Blobs", "INSERT", keys, Optional.empty(), Optional.empty(), "KEYS_ONLY",
                1, 0);

        assertThat(StreamRow.of(traced).keys()).isEqualTo("Blob=aGk=");
    }

    @Test
    void filtersByTableEventNameAndTextInKeysOrImages() throws Exception {
        tell(inserted("Users", "ID1", "ann@outlook.com", 1), inserted("Users", "ID2", "bob@gmail.com", 2),
                removed("Users", "ID1", 3), keysOnly("Orders", 4));
        assertThat(viewModel.tableChoices()).containsExactly("All tables", "Orders", "Users");

        FxThread.run(() -> viewModel.tableFilter().set("Users"));
        assertThat(tables()).containsOnly("Users").hasSize(3);

        FxThread.run(() -> viewModel.showRemoves().set(false));
        assertThat(eventNames()).containsExactly("INSERT", "INSERT");

        FxThread.run(() -> viewModel.textFilter().set("  GMAIL "));
        assertThat(keys()).containsExactly("Id=ID2");
        assertThat(FxThread.call(() -> viewModel.countText().get())).isEqualTo("1 of 4 records");

        FxThread.run(() -> viewModel.textFilter().set("id=id1"));
        assertThat(keys()).as("the keys as shown match too").containsExactly("Id=ID1");

        FxThread.run(() -> {
            viewModel.tableFilter().set("All tables");
            viewModel.showRemoves().set(true);
            viewModel.textFilter().set("orders");
        });
        assertThat(tables()).as("the table name matches the text").containsExactly("Orders");
    }

    @Test
    void showingARecordSelectsItAndClearsOnlyTheFiltersThatHideIt() throws Exception {
        List<StreamRow> revealed = new ArrayList<>();
        FxThread.run(() -> viewModel.onReveal(revealed::add));
        tell(inserted("Users", "ID1", "ann@outlook.com", 1), removed("Users", "ID1", 2), keysOnly("Orders", 3));
        FxThread.run(() -> {
            viewModel.tableFilter().set("Orders");
            viewModel.showInserts().set(false);
            viewModel.textFilter().set("42");
        });

        FxThread.run(() -> session.navigator().showRecord("event-Users-2"));

        assertThat(viewModel.selected().get().eventId()).isEqualTo("event-Users-2");
        assertThat(revealed).extracting(StreamRow::eventId).containsExactly("event-Users-2");
        assertThat(viewModel.rows()).extracting(StreamRow::eventId).contains("event-Users-2");
        assertThat(viewModel.tableFilter().get()).isEqualTo("All tables");
        assertThat(viewModel.showInserts().get()).as("INSERT does not hide a REMOVE").isFalse();
        assertThat(viewModel.textFilter().get()).isEmpty();
        assertThat(viewModel.following().get()).as("following would scroll the record away").isFalse();
    }

    @Test
    void theSelectedRecordOpensItsTraceAndItsItemThroughTheNavigator() throws Exception {
        List<String> traces = new ArrayList<>();
        List<String> items = new ArrayList<>();
        FxThread.run(() -> {
            session.navigator().onShowTrace(traces::add);
            session.navigator().onShowItem((table, key) -> items.add(table + " " + key));
        });
        tell(keysOnly("Orders", 9));

        FxThread.run(() -> {
            viewModel.selected().set(viewModel.rows().get(0));
            viewModel.showTrace();
            viewModel.openItem();
        });

        assertThat(traces).containsExactly("event-Orders-9");
        assertThat(items).singleElement().satisfies(item -> assertThat(item).startsWith("Orders ")
                .contains("Id=AttributeValue(N=42)").contains("Amount=AttributeValue(N=1000.50)"));
    }

    @Test
    void aRecordAskedForBeforeItArrivesIsSelectedWhenItComes() throws Exception {
        FxThread.run(() -> session.navigator().showRecord("event-Users-5"));
        assertThat(viewModel.notice().get()).contains("event-Users-5").contains("not in the stream view");

        tell(inserted("Users", "ID5", "eve@example.com", 5));

        assertThat(viewModel.selected().get().eventId()).isEqualTo("event-Users-5");
        assertThat(viewModel.notice().get()).isEqualTo(StreamViewModel.SELECT_A_RECORD);
    }

    @Test
    void keepsTheNewestRecordsUpToTheCapacityAndCountsTheDroppedOnes() throws Exception {
        FxThread.run(() -> viewModel.capacity().set(5));

        tell(orders(1, 12));

        assertThat(sequences()).containsExactly(8L, 9L, 10L, 11L, 12L);
        assertThat(viewModel.dropped().get()).isEqualTo(7);
        assertThat(FxThread.call(() -> viewModel.droppedText().get())).isEqualTo("7 dropped");

        FxThread.run(() -> viewModel.capacity().set(3));
        assertThat(sequences()).containsExactly(10L, 11L, 12L);
        assertThat(viewModel.dropped().get()).isEqualTo(9);

        FxThread.run(viewModel::clear);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.dropped().get()).as("Clear starts the count again").isZero();
    }

    @Test
    void pausingHoldsNewRecordsCountedAndBoundedUntilResumed() throws Exception {
        tell(orders(1, 2));
        FxThread.run(() -> {
            viewModel.capacity().set(4);
            viewModel.paused().set(true);
        });

        tell(orders(3, 5));
        assertThat(sequences()).as("the view stands still").containsExactly(1L, 2L);
        assertThat(viewModel.newWhilePaused().get()).isEqualTo(3);
        assertThat(FxThread.call(() -> viewModel.newText().get())).isEqualTo("3 new");

        tell(orders(6, 8));
        assertThat(viewModel.newWhilePaused().get()).as("held records are bounded too").isEqualTo(4);
        assertThat(viewModel.dropped().get()).isEqualTo(2);

        FxThread.run(() -> viewModel.paused().set(false));
        assertThat(sequences()).containsExactly(5L, 6L, 7L, 8L);
        assertThat(viewModel.newWhilePaused().get()).isZero();
        assertThat(viewModel.dropped().get()).isEqualTo(4);
    }

    @Test
    void theEmptyStateSaysWhatIsMissingAndWhatToDo() throws Exception {
        assertThat(FxThread.call(() -> viewModel.emptyState().get())).startsWith("Not connected");

        assertThat(StreamEmptyState.sentence(true, false, 0, 0, false, 0)).isEqualTo(
                "No table has a stream — enable one (StreamSpecification in the table file) or Load sample data.");
        assertThat(StreamEmptyState.sentence(true, false, 1, 0, false, 0))
                .isEqualTo("Following 1 table — write an item to see its record here.");
        assertThat(StreamEmptyState.sentence(true, false, 4, 0, true, 2))
                .isEqualTo("View paused: 2 new records are held. Resume to see them.");
        assertThat(StreamEmptyState.sentence(true, false, 4, 1200, false, 0))
                .isEqualTo("No record matches the filters: clear them to see the 1,200 records.");
    }

    @Test
    void theSelectedRecordsDetailsComeFromItsRecord() throws Exception {
        tell(modified("Users", user("ID1", "a@example.com"), user("ID1", "a@gmail.com"), 1, 1));

        FxThread.run(() -> viewModel.selected().set(viewModel.rows().get(0)));

        RecordDetails details = viewModel.details().get();
        assertThat(details.changesText()).isEqualTo("~ Email");
        assertThat(details.left().title()).isEqualTo("OldImage");
        assertThat(details.left().json().text()).contains("\"S\": \"a@example.com\"");
        assertThat(details.right().json().text()).contains("\"S\": \"a@gmail.com\"");
        assertThat(details.facts()).contains(new RecordDetails.Fact("Depth", "1: made by a trigger's write (write-1)"));

        FxThread.run(() -> viewModel.plainJson().set(true));
        assertThat(viewModel.details().get().right().json().text()).contains("\"Email\": \"a@gmail.com\"");

        FxThread.run(() -> viewModel.selected().set(null));
        assertThat(viewModel.details().get()).isNull();
    }

    /** As the causal trace does: from a reader's thread, never the FX thread; then lets the FX thread drain. */
    private void tell(RecordTraced... records) throws Exception {
        Thread reader = new Thread(() -> {
            for (RecordTraced record : records) {
                viewModel.traced(record);
            }
        }, "test-shard-reader");
        reader.start();
        reader.join();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RecordTraced[] orders(long first, long last) {
        return LongStream.rangeClosed(first, last).mapToObj(sequence -> keysOnly("Orders", sequence))
                .toArray(RecordTraced[]::new);
    }

    private List<Long> sequences() {
        return viewModel.rows().stream().map(row -> Long.parseLong(row.sequenceNumber())).toList();
    }

    private List<String> tables() {
        return viewModel.rows().stream().map(StreamRow::table).toList();
    }

    private List<String> eventNames() {
        return viewModel.rows().stream().map(StreamRow::eventName).toList();
    }

    private List<String> keys() {
        return viewModel.rows().stream().map(StreamRow::keys).toList();
    }
}
