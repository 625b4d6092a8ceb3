package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.trigger.trace.BatchReleased;
import dev.streamlab.trigger.trace.BatchWaiting;
import dev.streamlab.trigger.trace.GateChanged;
import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.LoopGuardTripped;
import dev.streamlab.trigger.trace.ShardBlocked;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Every loaded mapping with its state, redrawn from {@link MappingRuntime#status()} (in memory, never waiting on
 * DynamoDB) when an event changes it and once a second for how far behind each one is; and what a user does to
 * one: pause or resume it, enable or disable its reader, unload its file.
 */
public final class MappingsViewModel {

    /** The reason a user's pause shows; the loop guard and --paused give their own. */
    static final String USER_PAUSE = "paused in the window";
    private static final String SOURCE = "Triggers";

    private final Session session;
    private final BusyWork work;
    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper allPaused = new ReadOnlyBooleanWrapper(this, "allPaused");
    /** "Behind" changes without an event (records read, not yet handled): it is read again each second. */
    private final Timeline behindTimer = new Timeline(new KeyFrame(Duration.seconds(1), tick -> refresh()));

    MappingsViewModel(Session session, BusyWork work) {
        this.session = session;
        this.work = work;
        var changes = new LiveFeed<Boolean>(64, session.fxThread(), batch -> refresh());
        session.onTraceEvent(event -> {
            if (changesState(event)) {
                changes.offer(Boolean.TRUE);
            }
        });
        behindTimer.setCycleCount(Animation.INDEFINITE);
        session.mappingsChanged().addListener((observable, before, now) -> refresh());
        session.workspace().addListener((observable, before, now) -> connected(now != null));
        connected(session.workspace().get() != null);
    }

    /** The timer runs only while connected, so a closed session leaves nothing ticking. */
    private void connected(boolean connected) {
        if (connected) {
            behindTimer.play();
        } else {
            behindTimer.stop();
        }
        refresh();
    }

    private static boolean changesState(TraceEvent event) {
        return event instanceof Invocation || event instanceof GateChanged || event instanceof BatchWaiting
                || event instanceof BatchReleased || event instanceof ShardBlocked || event instanceof LoopGuardTripped;
    }

    public ObservableList<MappingRow> rows() {
        return readOnlyRows;
    }

    /** True while at least one mapping is loaded and every one is paused. */
    public ReadOnlyBooleanProperty allPaused() {
        return allPaused.getReadOnlyProperty();
    }

    /** Reads every mapping's status again; changes only the rows that differ, so selections stay. */
    public void refresh() {
        Workspace open = session.workspace().get();
        List<MappingRuntime> running = open == null ? List.of() : open.mappings().mappings();
        List<MappingRow> fresh = running.stream().map(runtime -> MappingRow.of(runtime,
                open.mappings().sourceOf(runtime))).toList();
        boolean sameMappings = fresh.size() == rows.size();
        for (int i = 0; sameMappings && i < fresh.size(); i++) {
            sameMappings = fresh.get(i).runtime() == rows.get(i).runtime();
        }
        if (!sameMappings) {
            rows.setAll(fresh);
        } else {
            for (int i = 0; i < fresh.size(); i++) {
                if (!fresh.get(i).equals(rows.get(i))) {
                    rows.set(i, fresh.get(i));
                }
            }
        }
        allPaused.set(!fresh.isEmpty() && fresh.stream().allMatch(MappingRow::paused));
    }

    public void togglePause(MappingRow row) {
        if (row.runtime().gate().paused()) {
            row.runtime().gate().resume();
        } else {
            row.runtime().gate().pause(USER_PAUSE);
        }
        refresh();
    }

    /** Pauses every mapping, or resumes them all when every one is paused already. */
    public void togglePauseAll() {
        Workspace open = session.workspace().get();
        if (open == null) {
            return;
        }
        if (allPaused.get()) {
            open.mappings().resumeAll();
        } else {
            open.mappings().pauseAll(USER_PAUSE);
        }
        refresh();
    }

    public void resumeAll() {
        Workspace open = session.workspace().get();
        if (open != null) {
            open.mappings().resumeAll();
            refresh();
        }
    }

    /** Starts or stops the mapping's stream reader in the background; its checkpoints stay. */
    public void setEnabled(MappingRow row, boolean enabled) {
        MappingRuntime runtime = row.runtime();
        work.run(SOURCE, () -> {
            if (enabled) {
                runtime.enable();
            } else {
                runtime.disable();
            }
            return null;
        }, done -> session.mappingSetChanged());
    }

    /** Stops every mapping of the row's file and forgets the file; its checkpoints stay in the state folder. */
    public void unload(MappingRow row) {
        Workspace open = session.workspace().get();
        if (open == null || row.source().isEmpty()) {
            return;
        }
        String source = row.source().get();
        work.run(SOURCE, () -> {
            open.mappings().unload(source);
            return null;
        }, done -> session.mappingSetChanged());
    }

    /** How many mappings the row's file runs, for "Unload email-checker.json (2 mappings)". */
    public long mappingsOfSource(MappingRow row) {
        return rows.stream().filter(other -> other.source().equals(row.source())).count();
    }
}
