package dev.streamlab.ui.tables;

import dev.streamlab.data.Database;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Describes the listed tables in the background, a few at a time, so that a long list shows its names at once and
 * fills in badges and counts as DescribeTable answers, without a burst of calls that AWS would throttle.
 * Used on the FX thread.
 */
final class SummaryLoader {

    static final int AT_ONCE = 3;
    private static final String SOURCE = "Tables";

    private final Session session;
    private final Deque<TableEntry> waiting = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;
    private boolean failureReported;

    SummaryLoader(Session session) {
        this.session = session;
    }

    /** True while descriptions are waiting or running. */
    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Describes these tables afresh, dropping what waited from an earlier refresh. */
    void loadAll(Collection<TableEntry> entries) {
        waiting.clear();
        waiting.addAll(entries);
        failureReported = false;
        startMore();
    }

    /** Forgets what waits: the connection is gone. */
    void clear() {
        waiting.clear();
        busy.set(running > 0);
    }

    private void startMore() {
        while (running < AT_ONCE && !waiting.isEmpty()) {
            start(waiting.poll());
        }
        busy.set(running > 0 || !waiting.isEmpty());
    }

    private void start(TableEntry entry) {
        Database database = session.database();
        if (database == null) {
            waiting.clear();
            return;
        }
        boolean aws = session.workspace().get().isAws();
        long ticket = entry.request();
        running++;
        Tasks.create(() -> TableSummary.of(database.tables().describe(entry.name()), aws))
                .onSuccess(summary -> entry.show(ticket, summary))
                .onError(Exception.class, e -> {
                    entry.show(ticket, TableSummary.unavailable());
                    // One sentence per refresh: a throttled or unreachable endpoint fails every table alike.
                    if (!failureReported) {
                        failureReported = true;
                        session.errors().report(SOURCE, e);
                    }
                })
                .andFinally(() -> {
                    running--;
                    startMore();
                })
                .runOnce(session.executor());
    }
}
