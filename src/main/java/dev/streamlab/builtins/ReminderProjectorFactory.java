package dev.streamlab.builtins;

import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerFactory;
import java.util.Map;

/** Makes {@link ReminderProjector}s: REMINDERS_TABLE names the projection (default "reminders"). */
public final class ReminderProjectorFactory implements TriggerFactory {

    @Override
    public String name() {
        return "reminder-projector";
    }

    @Override
    public String description() {
        return "Projects ReminderCreated, ReminderUpdated and ReminderDeleted events into the reminders table (seed 000).";
    }

    @Override
    public Trigger create(Map<String, String> environment) {
        return new ReminderProjector(new Settings(environment).name("REMINDERS_TABLE").orElse("reminders"));
    }
}
