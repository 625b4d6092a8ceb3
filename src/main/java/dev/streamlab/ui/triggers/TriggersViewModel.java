package dev.streamlab.ui.triggers;

import dev.streamlab.ui.common.Session;

/** The loaded mappings with their state, the batches waiting at paused ones, and stepping. */
public final class TriggersViewModel {

    private final Session session;

    public TriggersViewModel(Session session) {
        this.session = session;
    }

    public void step() {
    }

    public void togglePauseAll() {
    }

    public void resumeAll() {
    }
}
