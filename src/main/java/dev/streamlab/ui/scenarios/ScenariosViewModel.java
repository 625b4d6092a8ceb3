package dev.streamlab.ui.scenarios;

import dev.streamlab.ui.common.Session;

/** A workshop scenario played one step at a time. */
public final class ScenariosViewModel {

    private final Session session;

    public ScenariosViewModel(Session session) {
        this.session = session;
    }
}
