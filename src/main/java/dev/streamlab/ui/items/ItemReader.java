package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Reads the selected table a page at a time in the background and adds each page to the rows. Every read has a
 * generation: a newer read, Cancel or another table moves it on, so the answer of a read the user has left is
 * dropped (and its task cancelled) instead of landing. Used on the FX thread.
 */
final class ItemReader {

    private static final String SOURCE = "Items";

    private final Session session;
    private final ItemRows rows;
    private final Runnable landed;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(this, "known");
    private final ReadOnlyStringWrapper tallyText = new ReadOnlyStringWrapper(this, "tallyText", "");
    private ReadTally tally = ReadTally.NONE;
    private final StringBinding count;
    private TableInfo table;
    private ItemPageRequest first;
    /** Where the next page starts; null once everything was read. */
    private NextPage next;
    private int generation;
    private Task<NextPage.Landing> running;

    /** @param landed runs after each page is added */
    ItemReader(Session session, ItemRows rows, Runnable landed) {
        this.session = session;
        this.rows = rows;
        this.landed = landed;
        IntegerBinding shown = Bindings.size(rows.rows());
        // every dependency is read each time: one left unread stays invalid and never tells of its next change
        this.count = Bindings.createStringBinding(() -> {
            int size = shown.get();
            boolean readable = known.get();
            String rest = more.get() ? ", more to read" : ", all read";
            return readable ? size + (size == 1 ? " item" : " items") + rest : "";
        }, known, more, shown);
    }

    /** Starts over with the first page of a new read. */
    void start(TableInfo table, ItemPageRequest request) {
        stop();
        this.table = table;
        this.first = request;
        session.shownRead().set(request);
        tally(ReadTally.NONE);
        continueWith(new RequestPages(request));
        known.set(true);
        rows.reset(columns(table, request));
        read();
    }

    /** Starts over with the first page of a PartiQL statement; its rows land like a scan's. */
    void startStatement(TableInfo table, String statement) {
        stop();
        this.table = table;
        this.first = null;
        session.shownRead().set(null);
        tally(ReadTally.NONE);
        continueWith(new StatementPages(statement, Optional.empty()));
        known.set(true);
        rows.reset(table.key().attributes());
        read();
    }

    void loadMore() {
        if (next != null && !reading.get()) {
            read();
        }
    }

    /** Stops the read under way; what was read stays, and Load more goes on from there. */
    void cancel() {
        stop();
    }

    /** Forgets the table: no table selected, or the connection changed. */
    void clear() {
        stop();
        table = null;
        first = null;
        session.shownRead().set(null);
        tally(ReadTally.NONE);
        continueWith(null);
        known.set(false);
        rows.reset(List.of());
        failed.set(false);
    }

    /** The read the rows came from; null before the first. */
    ItemPageRequest request() {
        return first;
    }

    private void stop() {
        generation++;
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        reading.set(false);
        progress.set("");
    }

    private void read() {
        int readGeneration = ++generation;
        Database database = session.database();
        NextPage page = next;
        TableInfo.KeySchema key = table.key();
        var told = new LiveFeed<Integer>(1, session.fxThread(), counts -> {
            if (readGeneration == generation) {
                progress.set(page.progress(counts.get(counts.size() - 1)));
            }
        });
        reading.set(true);
        failed.set(false);
        progress.set("Reading…");
        running = Tasks.create(() -> page.read(database, key, told::offer))
                .onSuccess(landing -> {
                    if (readGeneration == generation) {
                        land(landing);
                    }
                })
                .onError(Exception.class, e -> {
                    if (readGeneration == generation) {
                        failed.set(true);
                        session.errors().report(SOURCE, e);
                    }
                })
                .andFinally(() -> {
                    if (readGeneration == generation) {
                        running = null;
                        reading.set(false);
                        progress.set("");
                    }
                })
                .runOnce(session.executor());
    }

    private void land(NextPage.Landing landing) {
        continueWith(landing.next());
        rows.upsert(landing.page().rows());
        if (first != null) {
            tally(tally.plus(landing.page()));
        }
        landed.run();
    }

    private void tally(ReadTally now) {
        tally = now;
        boolean onAws = session.workspace().get() != null && session.workspace().get().isAws();
        tallyText.set(now == ReadTally.NONE ? "" : now.text(onAws));
    }

    private void continueWith(NextPage page) {
        next = page;
        more.set(page != null);
    }

    private static List<String> columns(TableInfo table, ItemPageRequest request) {
        List<String> columns = new ArrayList<>(table.key().attributes());
        table.keyOf(request.index()).attributes().stream().filter(name -> !columns.contains(name)).forEach(columns::add);
        return columns;
    }

    ReadOnlyBooleanProperty reading() {
        return reading.getReadOnlyProperty();
    }

    /** More items may be there to read: "Load more" reads them. */
    ReadOnlyBooleanProperty more() {
        return more.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** DynamoDB's Count against its ScannedCount for the whole read (and RCU on AWS); empty before a read. */
    ReadOnlyStringProperty tally() {
        return tallyText.getReadOnlyProperty();
    }

    /** e.g. "42 items, more to read" or "42 items, all read". */
    StringBinding count() {
        return count;
    }
}
