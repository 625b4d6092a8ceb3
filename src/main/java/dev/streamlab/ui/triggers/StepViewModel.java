package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.trigger.trace.BatchReleased;
import dev.streamlab.trigger.trace.BatchWaiting;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Step by step: every shard's batch waiting at a paused mapping, the one selected (the oldest unless the user picks
 * another) with the exact event JSON its trigger will get, and Step, which delivers exactly that batch.
 */
public final class StepViewModel {

    private final Session session;
    private final MappingsViewModel mappings;
    private final LastInvocationViewModel last;
    private final ObservableList<PendingRow> pending = FXCollections.observableArrayList();
    private final ObservableList<PendingRow> readOnlyPending = FXCollections.unmodifiableObservableList(pending);
    private final ReadOnlyObjectWrapper<PendingRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper pendingEvent = new ReadOnlyStringWrapper(this, "pendingEvent", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    StepViewModel(Session session, MappingsViewModel mappings, LastInvocationViewModel last) {
        this.session = session;
        this.mappings = mappings;
        this.last = last;
        var changes = new LiveFeed<PendingChange>(10_000, session.fxThread(), this::apply);
        session.onTraceEvent(event -> {
            if (event instanceof BatchWaiting waiting) {
                changes.offer(PendingChange.waiting(PendingRow.of(waiting.batch())));
            } else if (event instanceof BatchReleased released) {
                changes.offer(PendingChange.released(released.batch().id()));
            }
        });
        session.workspace().addListener((observable, before, now) -> pending.clear());
        pending.addListener((ListChangeListener<PendingRow>) change -> keepSelection());
        mappings.rows().addListener((ListChangeListener<MappingRow>) change -> updateHint());
        selected.addListener((observable, before, now) -> pendingEvent.set(now == null ? "" : now.json()));
        updateHint();
    }

    /** The batches waiting now, every paused mapping's, every shard's, oldest first. */
    public ObservableList<PendingRow> pending() {
        return readOnlyPending;
    }

    /** The batch a step delivers, whose event shows. */
    public ReadOnlyObjectProperty<PendingRow> selected() {
        return selected.getReadOnlyProperty();
    }

    /** The selected batch's exact event JSON, pretty-printed; empty when none waits. */
    public ReadOnlyStringProperty pendingEvent() {
        return pendingEvent.getReadOnlyProperty();
    }

    /** What to do to see a batch here; empty while one waits. */
    public ReadOnlyStringProperty hint() {
        return hint.getReadOnlyProperty();
    }

    public LastInvocationViewModel last() {
        return last;
    }

    /** Chooses the batch to show and step; one that went on meanwhile leaves the oldest selected. */
    public void select(PendingRow row) {
        selected.set(row != null && pending.contains(row) ? row : pending.isEmpty() ? null : pending.get(0));
    }

    /** Delivers exactly the selected batch; its mapping stays paused, so the next one waits again. */
    public void step() {
        PendingRow row = selected.get();
        if (row == null) {
            return;
        }
        // Taken off the list at once: the gate lets it go for certain, and a second F10 must step the next one.
        pending.remove(row);
        Optional<MappingRuntime> runtime = runtimeOf(row);
        if (runtime.isPresent() && runtime.get().gate().step(row.id())) {
            last.await(row);
        }
    }

    /** Lets the selected batch's mapping run again: its waiting batches flow. */
    public void resumeSelected() {
        Optional.ofNullable(selected.get()).flatMap(this::runtimeOf).ifPresent(runtime -> runtime.gate().resume());
        mappings.refresh();
    }

    private Optional<MappingRuntime> runtimeOf(PendingRow row) {
        Workspace open = session.workspace().get();
        return open == null ? Optional.empty() : open.mappings().mappings().stream()
                .filter(runtime -> runtime.function().name().equals(row.functionName())).findFirst();
    }

    private void apply(List<PendingChange> changes) {
        for (PendingChange change : changes) {
            if (change.waiting() != null) {
                pending.add(change.waiting());
            } else {
                pending.removeIf(row -> row.id().equals(change.releasedId()));
            }
        }
    }

    private void keepSelection() {
        select(selected.get());
        updateHint();
    }

    private void updateHint() {
        List<MappingRow> paused = mappings.rows().stream().filter(MappingRow::paused).toList();
        List<String> waitingTables = paused.stream().filter(MappingRow::enabled).map(MappingRow::table).distinct()
                .toList();
        if (!pending.isEmpty()) {
            hint.set("");
        } else if (paused.isEmpty()) {
            hint.set("Pause a mapping to step through its batches");
        } else if (waitingTables.isEmpty()) {
            hint.set("Paused, but its reader is disabled — enable the mapping to read its table");
        } else {
            hint.set("Paused — write an item to " + String.join(" or ", waitingTables)
                    + "; its batch will wait here");
        }
    }
}
