package dev.streamlab.scenario;

import java.util.Arrays;
import java.util.Optional;

/** Whether a scenario lets the presenter deliver its triggers' batches one Step at a time. */
public enum StepThrough {
    /** Offered, off at first: the triggers run as soon as the scenario opens. */
    OPTIONAL("optional"),
    /** Offered, on at first: the triggers start paused, and the captions say when to press Step. */
    SUGGESTED("suggested"),
    /** Not offered: the story needs the triggers to run freely. */
    NEVER("never");

    private final String word;

    StepThrough(String word) {
        this.word = word;
    }

    /** As written in a scenario file. */
    public String word() {
        return word;
    }

    static Optional<StepThrough> of(String word) {
        return Arrays.stream(values()).filter(value -> value.word.equals(word)).findFirst();
    }
}
