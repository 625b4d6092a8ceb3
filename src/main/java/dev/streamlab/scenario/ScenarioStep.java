package dev.streamlab.scenario;

import java.util.Optional;

/**
 * One step: a caption the presenter reads aloud, and the write it makes (none for a step that only talks).
 *
 * @param captionWhenStepping said instead while the triggers are stepped through, e.g. "press Step to deliver it"
 */
public record ScenarioStep(String caption, Optional<String> captionWhenStepping, Optional<StepWrite> write) {

    public String caption(boolean steppingThroughTriggers) {
        return steppingThroughTriggers ? captionWhenStepping.orElse(caption) : caption;
    }
}
