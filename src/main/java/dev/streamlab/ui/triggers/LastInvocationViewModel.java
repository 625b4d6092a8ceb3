package dev.streamlab.ui.triggers;

import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the last step did: the invocation of the batch stepped (outcome, duration, error, batch item failures), its
 * log lines, and each derived write with the before/after its stream record shows once that record arrives.
 */
public final class LastInvocationViewModel {

    static final String NOTHING_STEPPED = "Step a batch to see its invocation, log lines and derived writes here";

    private final Session session;
    private final RecentStory recent = new RecentStory();
    private final ReadOnlyObjectWrapper<InvocationRow> invocation = new ReadOnlyObjectWrapper<>(this, "invocation");
    private final ObservableList<String> logs = FXCollections.observableArrayList();
    private final ObservableList<DerivedWriteRow> writes = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLogs = FXCollections.unmodifiableObservableList(logs);
    private final ObservableList<DerivedWriteRow> readOnlyWrites = FXCollections.unmodifiableObservableList(writes);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", NOTHING_STEPPED);
    private PendingRow awaited;

    LastInvocationViewModel(Session session) {
        this.session = session;
        var story = new LiveFeed<StoryEvent>(20_000, session.fxThread(), this::apply);
        session.onTraceEvent(event -> StoryEvent.of(event).ifPresent(story::offer));
        session.workspace().addListener((observable, before, now) -> forget());
    }

    /** The stepped batch's invocation (its latest attempt); null until it has run. */
    public ReadOnlyObjectProperty<InvocationRow> invocation() {
        return invocation.getReadOnlyProperty();
    }

    public ObservableList<String> logs() {
        return readOnlyLogs;
    }

    public ObservableList<DerivedWriteRow> writes() {
        return readOnlyWrites;
    }

    /** Says what to do, or what is awaited, while no invocation shows; empty once one does. */
    public ReadOnlyStringProperty hint() {
        return hint.getReadOnlyProperty();
    }

    /** Shows the invocation's chain of causes in the trace view. */
    public void showTrace() {
        if (invocation.get() != null) {
            session.navigator().showTrace(invocation.get().requestId());
        }
    }

    /** A batch was stepped: its invocation is the next one to show. */
    void await(PendingRow stepped) {
        awaited = stepped;
        invocation.set(null);
        logs.clear();
        writes.clear();
        hint.set("Delivering " + stepped.title() + "…");
    }

    private void apply(List<StoryEvent> events) {
        events.forEach(recent::add);
        if (awaited != null) {
            String firstRecord = awaited.eventIds().get(0);
            events.stream().filter(StoryEvent.Invoked.class::isInstance).map(e -> ((StoryEvent.Invoked) e).invocation())
                    .filter(call -> call.functionName().equals(awaited.functionName())
                            && call.causes().contains(firstRecord))
                    .reduce((earlier, later) -> later)
                    .ifPresent(call -> {
                        invocation.set(call);
                        hint.set("");
                    });
        }
        InvocationRow shown = invocation.get();
        if (shown != null) {
            replaceIfChanged(logs, recent.logsOf(shown.requestId()));
            replaceIfChanged(writes, recent.writesOf(shown.requestId()));
        }
    }

    private static <T> void replaceIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    private void forget() {
        awaited = null;
        recent.clear();
        invocation.set(null);
        logs.clear();
        writes.clear();
        hint.set(NOTHING_STEPPED);
    }
}
