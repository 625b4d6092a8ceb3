package dev.streamlab.ui.tables;

import dev.streamlab.data.Database;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
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
    private final Set<TableEntry> running = new HashSet<>();
    /** Changed while being described: described once more when the running description ends. */
    private final Set<TableEntry> changedMeanwhile = new HashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
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

    /** Describes one table again, its item count having changed; at most one description of it runs at a time. */
    void reload(TableEntry entry) {
        if (running.contains(entry)) {
            changedMeanwhile.add(entry);
        } else if (!waiting.contains(entry)) {
            waiting.add(entry);
        }
        startMore();
    }

    /** Forgets what waits: the connection is gone. */
    void clear() {
        waiting.clear();
        changedMeanwhile.clear();
        busy.set(!running.isEmpty());
    }

    private void startMore() {
        while (running.size() < AT_ONCE && !waiting.isEmpty()) {
            start(waiting.poll());
        }
        busy.set(!running.isEmpty() || !waiting.isEmpty());
    }

    private void start(TableEntry entry) {
        Database database = session.database();
        if (database == null) {
            waiting.clear();
            return;
        }
        boolean aws = session.workspace().get().isAws();
        long ticket = entry.request();
        running.add(entry);
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
                    running.remove(entry);
                    if (changedMeanwhile.remove(entry) && !waiting.contains(entry)) {
                        waiting.add(entry);
                    }
                    startMore();
                })
                .runOnce(session.executor());
    }
}
