package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.trace.BatchGivenUp;
import dev.streamlab.trigger.trace.FunctionLog;
import dev.streamlab.trigger.trace.LoopGuardTripped;
import dev.streamlab.trigger.trace.ShardBlocked;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The trigger log: every function's log lines (bounded, oldest dropped, filtered by function), and the warnings a
 * user must not miss: batches given up on with their records, loop-guard trips, blocked shards.
 */
public final class TriggerLogViewModel {

    /** The function filter's choice that shows every function's lines. */
    public static final String ALL_FUNCTIONS = "All functions";
    static final int LINES_KEPT = 10_000;
    static final int WARNINGS_KEPT = 1_000;

    private final Session session;
    private final ObservableList<LogRow> lines = FXCollections.observableArrayList();
    private final FilteredList<LogRow> shownLines = new FilteredList<>(lines);
    private final ObservableList<String> functions = FXCollections.observableArrayList(ALL_FUNCTIONS);
    private final ObjectProperty<String> functionFilter = new SimpleObjectProperty<>(this, "functionFilter",
            ALL_FUNCTIONS);
    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();

    TriggerLogViewModel(Session session) {
        this.session = session;
        var logged = new LiveFeed<LogRow>(LINES_KEPT, session.fxThread(), this::addLines);
        var warned = new LiveFeed<WarningRow>(WARNINGS_KEPT, session.fxThread(), this::addWarnings);
        session.onTraceEvent(event -> {
            if (event instanceof FunctionLog log) {
                logged.offer(LogRow.of(log));
            } else if (event instanceof BatchGivenUp failure) {
                warned.offer(WarningRow.of(failure));
            } else if (event instanceof LoopGuardTripped trip) {
                warned.offer(WarningRow.of(trip));
            } else if (event instanceof ShardBlocked blocked) {
                warned.offer(WarningRow.of(blocked));
            }
        });
        functionFilter.addListener((observable, before, now) -> shownLines.setPredicate(
                now == null || ALL_FUNCTIONS.equals(now) ? null : row -> now.equals(row.functionName())));
    }

    /** The lines of the chosen function, oldest first. */
    public ObservableList<LogRow> lines() {
        return shownLines;
    }

    /** "All functions", then every function that has logged, in name order. */
    public ObservableList<String> functions() {
        return functions;
    }

    public ObjectProperty<String> functionFilter() {
        return functionFilter;
    }

    /** Batches given up on, loop-guard trips and blocked shards, oldest first. */
    public ObservableList<WarningRow> warnings() {
        return warnings;
    }

    /** Shows the chain of causes around an invocation (request id) or a record (eventID) in the trace view. */
    public void showTrace(String id) {
        session.navigator().showTrace(id);
    }

    public void clear() {
        lines.clear();
        warnings.clear();
    }

    private void addLines(List<LogRow> batch) {
        lines.addAll(batch);
        if (lines.size() > LINES_KEPT) {
            lines.remove(0, lines.size() - LINES_KEPT);
        }
        batch.stream().map(LogRow::functionName).distinct().filter(name -> !functions.contains(name))
                .forEach(this::addFunction);
    }

    private void addFunction(String name) {
        int at = 1;
        while (at < functions.size() && functions.get(at).compareTo(name) < 0) {
            at++;
        }
        functions.add(at, name);
    }

    private void addWarnings(List<WarningRow> batch) {
        warnings.addAll(batch);
        if (warnings.size() > WARNINGS_KEPT) {
            warnings.remove(0, warnings.size() - WARNINGS_KEPT);
        }
    }
}
