package dev.streamlab.scenario;

import dev.streamlab.data.Database;
import dev.streamlab.trigger.host.LoadedMappings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays a scenario on a connection, one step at a time: {@link #prepare} makes its tables and triggers ready,
 * {@link #next} applies the next step's write through the checked item services. Knows where it is. Writers
 * (prepare, restart, next) run one at a time on a background thread; the position can be read from any thread
 * without waiting for them.
 */
public final class ScenarioPlayer {

    private final Scenario scenario;
    private final Database database;
    private final ScenarioTables tables;
    private final ScenarioTriggers triggers;
    private volatile int position;

    public ScenarioPlayer(Scenario scenario, Database database, LoadedMappings mappings) {
        this.scenario = scenario;
        this.database = database;
        this.tables = new ScenarioTables(database);
        this.triggers = new ScenarioTriggers(scenario, mappings);
    }

    public Scenario scenario() {
        return scenario;
    }

    /**
     * Creates the scenario's missing tables, seeds the ones created or empty, and starts its triggers (paused, to
     * step through them), then waits until they listen. Safe to repeat: what is in place is left as it is.
     */
    public synchronized Preparation prepare(boolean stepThroughTriggers) throws InterruptedException {
        List<String> created = tables.create(scenario);
        Map<String, Integer> seeded = tables.seed(scenario, created);
        List<String> started = triggers.start(stepThroughTriggers);
        return new Preparation(created, seeded, started);
    }

    /** Prepares again (a table may have been dropped meanwhile) and goes back before the first step. */
    public synchronized Preparation restart(boolean stepThroughTriggers) throws InterruptedException {
        Preparation preparation = prepare(stepThroughTriggers);
        position = 0;
        return preparation;
    }

    /**
     * Applies the next step's write, if it has one, and moves on. A write DynamoDB refuses leaves the position
     * where it was, so Next tries the same step again.
     *
     * @return the step applied
     */
    public synchronized ScenarioStep next() {
        ScenarioStep step = nextStep().orElseThrow(() -> new IllegalStateException("The scenario has no step left."));
        step.write().ifPresent(write -> write.apply(database.items()));
        position++;
        return step;
    }

    /** Holds the scenario's triggers' batches until stepped (Step in the Triggers panel), or lets them flow. */
    public void stepThroughTriggers(boolean on) {
        triggers.stepThrough(on);
    }

    /** How many steps are applied: 0 before the first, {@link #size()} at the end. */
    public int position() {
        return position;
    }

    public int size() {
        return scenario.steps().size();
    }

    public boolean hasNext() {
        return position < size();
    }

    /** The step {@link #next()} applies. */
    public Optional<ScenarioStep> nextStep() {
        int now = position;
        return now < size() ? Optional.of(scenario.steps().get(now)) : Optional.empty();
    }

    /** The caption of the step {@link #next()} applies. */
    public Optional<String> nextCaption(boolean steppingThroughTriggers) {
        return nextStep().map(step -> step.caption(steppingThroughTriggers));
    }
}
