package dev.streamlab.ui.stream;

import dev.streamlab.ui.common.Session;

/** Every stream record as it arrives, bounded, filtered and followed. */
public final class StreamViewModel {

    private final Session session;

    public StreamViewModel(Session session) {
        this.session = session;
    }
}
