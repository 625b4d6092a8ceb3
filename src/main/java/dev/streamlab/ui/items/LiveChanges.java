package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.TableInfo;
import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Keeps the shown items current as the selected table's stream records arrive, so a trigger's derived write
 * shows up where the user is looking. A record with a NewImage updates its row in place; on KEYS_ONLY and
 * OLD_IMAGE streams the item is read by its key; a REMOVE takes the row away. Changes the read would not show
 * (another partition, a filtered read) are only counted, for a "Refresh". Records reach the FX thread through a
 * {@link LiveFeed}: the stream reader never waits.
 */
final class LiveChanges {

    /** What the changes are applied to: the rows and the editor. Called on the FX thread. */
    interface Target {
        /** The item is shown: a row or the editor has it. */
        boolean follows(ItemKey key);

        /** The read lists every item of the table, so a new one belongs in it. */
        boolean addsNewItems();

        void changed(ItemRow row, String eventName);

        void removed(ItemKey key);
    }

    /** Past this many items to read at once (a burst on a KEYS_ONLY stream), they are counted instead. */
    static final int MOST_READ_AT_ONCE = 50;
    private static final int CAPACITY = 10_000;
    private static final String SOURCE = "Items";

    private record Watch(String table, TableInfo.KeySchema key) {
    }

    private final Session session;
    private final Target target;
    private final LiveFeed<LiveChange> feed;
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(this, "unseen");
    private volatile Watch watch;
    private long dropped;

    LiveChanges(Session session, Target target) {
        this.session = session;
        this.target = target;
        this.feed = new LiveFeed<>(CAPACITY, session.fxThread(), this::apply);
        session.onTraceEvent(event -> {
            if (event instanceof RecordTraced traced) {
                offer(traced);
            }
        });
    }

    /** Follows this table's records from now on (null: none); the count of unseen changes starts again. */
    void watch(TableInfo table) {
        watch = table == null ? null : new Watch(table.name(), table.key());
        unseen.set(0);
    }

    /** Changes that happened but are not shown: the read would need to run again to show them. */
    ReadOnlyIntegerProperty unseen() {
        return unseen.getReadOnlyProperty();
    }

    /** On the stream reader's thread. */
    private void offer(RecordTraced traced) {
        Watch current = watch;
        if (current != null && current.table().equals(traced.table())) {
            feed.offer(LiveChange.of(current.table(), current.key(), traced.record()));
        }
    }

    private void apply(List<LiveChange> changes) {
        Watch current = watch;
        long lost = feed.dropped() - dropped;
        dropped += lost;
        if (current == null) {
            return;
        }
        unseen.set(unseen.get() + (int) lost);
        Map<ItemKey, LiveChange> toRead = new LinkedHashMap<>();
        for (LiveChange change : changes.stream().filter(c -> c.table().equals(current.table())).toList()) {
            boolean shown = target.follows(change.key());
            if (change.removed()) {
                if (shown) {
                    target.removed(change.key());
                }
            } else if (!shown && !target.addsNewItems()) {
                unseen.set(unseen.get() + 1);
            } else if (change.row().isPresent()) {
                target.changed(change.row().get(), change.eventName());
            } else {
                toRead.put(change.key(), change);
            }
        }
        if (toRead.size() > MOST_READ_AT_ONCE) {
            unseen.set(unseen.get() + toRead.size());
        } else if (!toRead.isEmpty()) {
            read(current, List.copyOf(toRead.values()));
        }
    }

    private record Read(LiveChange change, Optional<ItemRow> row) {
    }

    /** Reads the items a record without a NewImage changed, and applies them if the table is still shown. */
    private void read(Watch current, List<LiveChange> changes) {
        Database database = session.database();
        if (database == null) {
            return;
        }
        Tasks.create(() -> {
            List<Read> reads = new ArrayList<>();
            for (LiveChange change : changes) {
                reads.add(new Read(change, database.items().get(current.table(), change.keys())
                        .map(item -> ItemRow.of(current.key(), item, change.change()))));
            }
            return reads;
        }).onSuccess(reads -> {
            if (watch == current) {
                reads.forEach(read -> read.row().ifPresentOrElse(row -> target.changed(row, read.change().eventName()),
                        () -> target.removed(read.change().key())));
            }
        }).onError(Exception.class, e -> {
            if (watch == current) {
                session.errors().report(SOURCE, e);
            }
        }).runOnce(session.executor());
    }
}
