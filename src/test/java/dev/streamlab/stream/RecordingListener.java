package dev.streamlab.stream;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader reported besides records, as words a test can check. */
final class RecordingListener implements StreamListener {

    private final List<String> events = new ArrayList<>();

    @Override
    public synchronized void outage(StreamHandle stream, Exception cause) {
        events.add("outage");
    }

    @Override
    public synchronized void recovered(StreamHandle stream) {
        events.add("recovered");
    }

    @Override
    public synchronized void streamReplaced(StreamHandle before, StreamHandle now) {
        events.add("replaced " + before.streamArn() + " -> " + now.streamArn());
    }

    @Override
    public synchronized void tableGone(String table) {
        events.add("gone");
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }
}
