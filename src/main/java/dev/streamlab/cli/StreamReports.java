package dev.streamlab.cli;

import dev.streamlab.stream.StreamHandle;
import dev.streamlab.stream.StreamListener;
import java.io.PrintWriter;

/** Says on stderr, one line each, what happened to a stream besides its records. */
final class StreamReports implements StreamListener {

    private final PrintWriter err;

    StreamReports(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void outage(StreamHandle stream, Exception cause) {
        say("The stream of " + stream.table() + " cannot be read (" + cause.getMessage()
                + "); reading resumes from the last record seen once DynamoDB answers again.");
    }

    @Override
    public void recovered(StreamHandle stream) {
        say("The stream of " + stream.table() + " answers again; reading resumed.");
    }

    @Override
    public void streamReplaced(StreamHandle before, StreamHandle now) {
        say("Table " + now.table() + " was re-created: following its new stream " + now.streamArn() + ".");
    }

    @Override
    public void tableGone(String table) {
        say("Table " + table + " is gone; waiting for it to come back.");
    }

    private void say(String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
