package dev.streamlab.ui.trace;

import dev.streamlab.ui.common.Session;

/** The chain of causes around a record, an item or an invocation, as a tree. */
public final class TraceViewModel {

    private final Session session;

    public TraceViewModel(Session session) {
        this.session = session;
    }
}
