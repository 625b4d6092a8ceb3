package dev.streamlab.ui.stream;

import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Every stream record as it arrives, bounded, filtered and followed, and the selected one in detail. Records come
 * from the causal trace on reader threads: each becomes a {@link StreamRow} there and reaches the FX thread in
 * batches through a {@link LiveFeed}. Everything else runs on the FX thread.
 */
public final class StreamViewModel {

    public static final int DEFAULT_CAPACITY = 100_000;
    static final String SELECT_A_RECORD = "Select a record to see its images and fields.";

    private final Session session;
    private final LiveFeed<StreamRow> feed;
    private final BoundedRows buffer;
    private final StreamFilters filters = new StreamFilters();
    private final SortedList<StreamRow> shown;
    private final ObservableList<String> tableChoices = FXCollections.observableArrayList(StreamFilters.ALL_TABLES);
    private final ReadOnlyIntegerWrapper followedTables = new ReadOnlyIntegerWrapper(this, "followedTables");
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);
    private final ObjectProperty<StreamRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty plainJson = new SimpleBooleanProperty(this, "plainJson");
    private final ReadOnlyObjectWrapper<RecordDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", SELECT_A_RECORD);
    private final BooleanBinding detailsWanted;
    private final StringBinding countText;
    private final StringBinding droppedText;
    private final StringBinding newText;
    private final StringBinding emptyState;
    private Consumer<StreamRow> revealer = row -> { };
    /** A record asked for (from the trace, say) before it reached this view. */
    private String awaited;

    public StreamViewModel(Session session) {
        this.session = session;
        this.feed = new LiveFeed<>(DEFAULT_CAPACITY, session.fxThread(), this::arrived);
        this.buffer = new BoundedRows(DEFAULT_CAPACITY, feed::dropped);
        FilteredList<StreamRow> filtered = new FilteredList<>(buffer.rows());
        filtered.predicateProperty().bind(filters.predicate());
        this.shown = new SortedList<>(filtered);
        // Made once and held here: a binding only listened to, and not held, would be garbage-collected.
        this.detailsWanted = details.isNotNull().or(notice.isNotEqualTo(SELECT_A_RECORD));
        this.countText = Bindings.createStringBinding(() -> shown.size() == buffer.rows().size()
                ? String.format("%,d %s", shown.size(), shown.size() == 1 ? "record" : "records")
                : String.format("%,d of %,d records", shown.size(), buffer.rows().size()), shown, buffer.rows());
        this.droppedText = Bindings.createStringBinding(() -> String.format("%,d dropped", dropped().get()),
                dropped());
        this.newText = Bindings.createStringBinding(() -> String.format("%,d new", newWhilePaused().get()),
                newWhilePaused());
        this.emptyState = Bindings.createStringBinding(() -> StreamEmptyState.sentence(
                        session.workspace().get() != null, session.connecting().get(), followedTables.get(),
                        buffer.rows().size(), paused().get(), newWhilePaused().get()),
                session.workspace(), session.connecting(), followedTables, buffer.rows(), paused(), newWhilePaused());
        session.onTraceEvent(this::traced);
        session.navigator().onShowRecord(this::showRecord);
        session.workspace().addListener((observable, before, now) -> connected(now));
        session.readersStatus().addListener((observable, before, now) -> countFollowed());
        selected.addListener((observable, before, now) -> describe());
        plainJson.addListener((observable, before, now) -> describe());
        countFollowed();
    }

    /** On the thread that saw the record: the row and its strings are made here, never on the FX thread. */
    void traced(TraceEvent event) {
        if (event instanceof RecordTraced record) {
            feed.offer(StreamRow.of(record));
        }
    }

    private void arrived(List<StreamRow> batch) {
        buffer.arrived(batch);
        batch.forEach(row -> addTableChoice(row.table()));
        if (awaited != null) {
            batch.stream().filter(row -> row.eventId().equals(awaited)).findFirst().ifPresent(this::reveal);
        }
    }

    /** The rows to show: bounded, filtered, and sorted by the table's comparator once the controller binds it. */
    public SortedList<StreamRow> rows() {
        return shown;
    }

    public ObservableList<String> tableChoices() {
        return tableChoices;
    }

    /** The table shown, or {@code All tables}. */
    public StringProperty tableFilter() {
        return filters.table();
    }

    public BooleanProperty showInserts() {
        return filters.inserts();
    }

    public BooleanProperty showModifies() {
        return filters.modifies();
    }

    public BooleanProperty showRemoves() {
        return filters.removes();
    }

    /** Text that the table, the keys or an image must contain, ignoring case. */
    public StringProperty textFilter() {
        return filters.text();
    }

    /** How many records are kept; the oldest beyond it are dropped and counted. */
    public IntegerProperty capacity() {
        return buffer.capacity();
    }

    public ReadOnlyLongProperty dropped() {
        return buffer.dropped();
    }

    /** While paused, new records are held (still bounded, still counted) and shown on resume. */
    public BooleanProperty paused() {
        return buffer.paused();
    }

    public ReadOnlyIntegerProperty newWhilePaused() {
        return buffer.heldCount();
    }

    /** Whether the view scrolls to new records: true while the user is at the bottom. */
    public BooleanProperty following() {
        return following;
    }

    public ReadOnlyIntegerProperty followedTables() {
        return followedTables.getReadOnlyProperty();
    }

    public ObjectProperty<StreamRow> selected() {
        return selected;
    }

    /** Images as plain JSON rather than DynamoDB JSON. */
    public BooleanProperty plainJson() {
        return plainJson;
    }

    /** The selected record in detail; null when none is selected. */
    public ReadOnlyObjectProperty<RecordDetails> details() {
        return details.getReadOnlyProperty();
    }

    /** What the detail pane says while no record is selected. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the detail pane has something to show: a record, or why the one asked for is not here. */
    public BooleanBinding detailsWanted() {
        return detailsWanted;
    }

    /** "1,204 records", or "12 of 1,204 records" while filters hide some. */
    public StringBinding countText() {
        return countText;
    }

    public StringBinding droppedText() {
        return droppedText;
    }

    public StringBinding newText() {
        return newText;
    }

    /** What the table says while it shows no row: what is missing and what to do. */
    public StringBinding emptyState() {
        return emptyState;
    }

    /** Tells the view how to select and scroll to a row that the navigator asked for. */
    public void onReveal(Consumer<StreamRow> revealer) {
        this.revealer = revealer;
    }

    public void showTrace() {
        Optional.ofNullable(selected.get()).ifPresent(row -> session.navigator().showTrace(row.eventId()));
    }

    public void openItem() {
        Optional.ofNullable(selected.get())
                .ifPresent(row -> session.navigator().showItem(row.table(), row.record().keys()));
    }

    public void clear() {
        buffer.clear();
        selected.set(null);
        following.set(true);
    }

    private void showRecord(String eventId) {
        Optional<StreamRow> row = buffer.find(eventId);
        if (row.isPresent()) {
            reveal(row.get());
        } else {
            awaited = eventId;
            notice.set("Record " + eventId + " is not in the stream view: it has not arrived yet, or it was"
                    + " cleared or dropped (the view keeps the last " + String.format("%,d", capacity().get())
                    + " records).");
        }
    }

    /** Selects a row the user asked for, clearing the filters that hide it; following would scroll it away. */
    private void reveal(StreamRow row) {
        awaited = null;
        notice.set(SELECT_A_RECORD);
        filters.reveal(row);
        following.set(false);
        selected.set(row);
        revealer.accept(row);
    }

    private void describe() {
        StreamRow row = selected.get();
        details.set(row == null ? null : RecordDetails.of(row, plainJson.get()));
    }

    /** A new connection starts an empty view: records of the old one would be stale. */
    private void connected(Workspace workspace) {
        if (workspace != null) {
            clear();
            filters.table().set(StreamFilters.ALL_TABLES);
            tableChoices.retainAll(StreamFilters.ALL_TABLES);
        }
        countFollowed();
    }

    /** The readers report when they follow more tables; the monitor knows which, without I/O. */
    private void countFollowed() {
        Workspace workspace = session.workspace().get();
        Set<String> followed = workspace == null ? Set.of() : workspace.monitor().followed();
        followedTables.set(followed.size());
        followed.forEach(this::addTableChoice);
    }

    /** Added in place, in name order after "All tables": replacing the list would clear the choice shown. */
    private void addTableChoice(String table) {
        int at = Collections.binarySearch(tableChoices.subList(1, tableChoices.size()), table);
        if (at < 0) {
            tableChoices.add(-at, table);
        }
    }
}
