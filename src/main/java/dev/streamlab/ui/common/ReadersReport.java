package dev.streamlab.ui.common;

import dev.streamlab.stream.StreamMonitor;
import java.util.Set;

/** The stream readers' state in words, latest first: an outage must not be overwritten by nothing. */
final class ReadersReport implements StreamMonitor.Listener {

    private final LiveFeed<String> reports;

    ReadersReport(LiveFeed<String> reports) {
        this.reports = reports;
    }

    @Override
    public void following(Set<String> tables) {
        reports.offer(tables.isEmpty() ? "no table has a stream yet"
                : "following " + tables.size() + (tables.size() == 1 ? " table" : " tables"));
    }

    @Override
    public void outage(Exception cause) {
        reports.offer("stream outage: reading resumes when DynamoDB answers");
    }

    @Override
    public void recovered() {
        reports.offer("streams recovered");
    }
}
