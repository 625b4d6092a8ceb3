package dev.streamlab.ui.scenarios;

import dev.streamlab.scenario.Preparation;
import dev.streamlab.scenario.Scenario;
import dev.streamlab.scenario.ScenarioFile;
import dev.streamlab.scenario.ScenarioFolder;
import dev.streamlab.scenario.ScenarioPlayer;
import dev.streamlab.scenario.StepThrough;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import dev.streamlab.ui.common.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A workshop scenario played one step at a time: opening prepares its tables and triggers, Next applies a step's
 * write in the background and then shows that step's caption, so the presenter reads what the window shows. The rest
 * of the window follows the writes by itself (stream, trace, triggers). Results for a scenario that was closed or
 * replaced meanwhile are dropped. Used on the FX thread.
 */
public final class ScenariosViewModel {

    private static final String SOURCE = "Scenario";

    private final Session session;
    private final ObservableList<ScenarioFolder.Entry> samples = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd");
    private final ReadOnlyBooleanWrapper offersStepping = new ReadOnlyBooleanWrapper(this, "offersStepping");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper nextPreview = new ReadOnlyStringWrapper(this, "nextPreview", "");
    private final BooleanProperty stepThrough = new SimpleBooleanProperty(this, "stepThrough");
    private final BooleanBinding connected;
    private final BooleanBinding canNext;
    private ScenarioPlayer player;
    /** Counts openings and closings: a result from an earlier one is stale. */
    private int generation;
    /** Counts files asked for: only the last one asked for is opened. */
    private int openings;
    private boolean showingChoice;

    public ScenariosViewModel(Session session) {
        this.session = session;
        this.connected = Bindings.isNotNull(session.workspace());
        this.canNext = open.and(busy.not()).and(atEnd.not());
        session.workspace().addListener((observable, before, now) -> close());
        stepThrough.addListener((observable, before, on) -> {
            if (!showingChoice) {
                stepThroughChanged(on);
            }
        });
    }

    /** The sample scenarios (sample-data/scenarios), each by title; read again whenever asked. */
    public ObservableList<ScenarioFolder.Entry> samples() {
        return samples;
    }

    public Path samplesFolder() {
        return ScenarioFolder.SAMPLES;
    }

    public void refreshSamples() {
        session.run(session.task(SOURCE, () -> ScenarioFolder.list(samplesFolder())).onSuccess(found -> {
            // the menu may be showing: leave its items alone unless the folder changed
            if (!found.equals(samples)) {
                samples.setAll(found);
            }
        }));
    }

    /**
     * Reads and checks a scenario file, then prepares it while the bar says so. A file with a mistake leaves the
     * scenario shown (if any) as it was; of several openings asked for at once, the last one wins.
     */
    public void open(Path file) {
        Workspace workspace = session.workspace().get();
        if (workspace == null) {
            session.errors().report(SOURCE, "Not connected yet: open the scenario once the status bar says where"
                    + " StreamLab is connected.");
            return;
        }
        int request = ++openings;
        session.run(session.task(SOURCE, () -> ScenarioFile.read(file)).onSuccess(scenario -> {
            if (request == openings && workspace == session.workspace().get()) {
                prepare(new ScenarioPlayer(scenario, workspace.database(), workspace.mappings()));
            }
        }));
    }

    private void prepare(ScenarioPlayer opening) {
        int started = reset();
        Scenario scenario = opening.scenario();
        open.set(true);
        title.set(scenario.title());
        offersStepping.set(scenario.offersStepping());
        showChoice(scenario.offersStepping() && scenario.stepThrough() == StepThrough.SUGGESTED);
        progress.set(stepCount(scenario.steps().size()));
        caption.set(scenario.description());
        status.set("Preparing: creating its tables and starting its triggers…");
        boolean stepping = stepThrough.get();
        run(started, () -> opening.prepare(stepping), preparation -> {
            player = opening;
            prepared(preparation);
        }, this::announcePreparation);
    }

    /** Applies the next step's write in the background, then shows its caption. */
    public void next() {
        ScenarioPlayer playing = player;
        if (playing == null || !canNext.get()) {
            return;
        }
        run(generation, playing::next, step -> showPosition(), () -> { });
    }

    /** Prepares again what may have gone (a dropped table) and goes back to the description. */
    public void restart() {
        ScenarioPlayer playing = player;
        if (playing == null || busy.get()) {
            return;
        }
        boolean stepping = stepThrough.get();
        status.set("Preparing again…");
        run(generation, () -> playing.restart(stepping), this::prepared, this::announcePreparation);
    }

    /** Puts the bar away, and drops an opening still under way; the tables, items and triggers stay as they are. */
    public void close() {
        openings++;
        reset();
    }

    private void prepared(Preparation preparation) {
        String summary = preparation.summary();
        status.set(Character.toUpperCase(summary.charAt(0)) + summary.substring(1) + ".");
        showPosition();
        announcePreparation();
    }

    private void stepThroughChanged(boolean on) {
        ScenarioPlayer playing = player;
        if (playing != null) {
            session.run(session.task(SOURCE, () -> {
                playing.stepThroughTriggers(on);
                return on;
            }).onSuccess(done -> session.mappingSetChanged()));
            showPosition();
        }
    }

    /** The caption of the step last applied (the description before the first), and what Next does. */
    private void showPosition() {
        int at = player.position();
        int size = player.size();
        Scenario scenario = player.scenario();
        progress.set(at == 0 ? stepCount(size) : "Step " + at + " of " + size);
        caption.set(at == 0 ? scenario.description() : scenario.steps().get(at - 1).caption(stepThrough.get()));
        atEnd.set(at == size);
        nextPreview.set(player.nextCaption(stepThrough.get()).map(next -> "Next: " + next)
                .orElse("All steps played: Restart plays them again."));
        if (at == size) {
            status.set("All steps played.");
        } else if (at > 0) {
            status.set("");
        }
    }

    private static String stepCount(int size) {
        return size + (size == 1 ? " step" : " steps");
    }

    /** Preparing changed tables and triggers even if its scenario was closed meanwhile: the window must hear of it. */
    private void announcePreparation() {
        session.tableSetChanged();
        session.mappingSetChanged();
    }

    /**
     * Runs player work in the background, one piece at a time; its follow-up only if the scenario is still the one
     * it was for, else {@code ifStale}.
     */
    private <T> void run(int started, Callable<T> work, Consumer<T> followUp, Runnable ifStale) {
        if (started != generation) {
            return;
        }
        busy.set(true);
        session.run(Tasks.create(work)
                .onSuccess(result -> {
                    if (started == generation) {
                        followUp.accept(result);
                    } else {
                        ifStale.run();
                    }
                })
                .onError(Exception.class, e -> {
                    session.errors().report(SOURCE, e);
                    if (started == generation && player == null) {
                        reset();
                    }
                })
                .andFinally(() -> {
                    if (started == generation) {
                        busy.set(false);
                    }
                }));
    }

    /** Forgets the scenario shown; results of work for it will be dropped. */
    private int reset() {
        generation++;
        player = null;
        open.set(false);
        busy.set(false);
        atEnd.set(false);
        offersStepping.set(false);
        showChoice(false);
        title.set("");
        progress.set("");
        caption.set("");
        status.set("");
        nextPreview.set("");
        return generation;
    }

    /** Shows the step-through choice without acting on it: opening has applied it already. */
    private void showChoice(boolean on) {
        showingChoice = true;
        stepThrough.set(on);
        showingChoice = false;
    }

    public ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    /** Preparing, or applying a step. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Every step is played: Next has nothing left to do. */
    public ReadOnlyBooleanProperty atEnd() {
        return atEnd.getReadOnlyProperty();
    }

    public BooleanBinding connected() {
        return connected;
    }

    public BooleanBinding canNext() {
        return canNext;
    }

    public ReadOnlyBooleanProperty offersStepping() {
        return offersStepping.getReadOnlyProperty();
    }

    /** The presenter's choice to deliver the triggers' batches by hand; changing it pauses or resumes them. */
    public BooleanProperty stepThrough() {
        return stepThrough;
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** "6 steps" before the first, then "Step k of n". */
    public ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caption() {
        return caption.getReadOnlyProperty();
    }

    /** What preparing did, that all steps are played, or empty. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** What Next will do: the next step's caption. */
    public ReadOnlyStringProperty nextPreview() {
        return nextPreview.getReadOnlyProperty();
    }
}
