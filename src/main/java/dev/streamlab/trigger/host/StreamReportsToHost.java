package dev.streamlab.trigger.host;

import dev.streamlab.stream.StreamHandle;
import dev.streamlab.stream.StreamListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes what happens to a mapping's stream on to the log, naming the function. */
final class StreamReportsToHost implements StreamListener {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerHost.class);

    private final String functionName;

    StreamReportsToHost(String functionName) {
        this.functionName = functionName;
    }

    @Override
    public void outage(StreamHandle stream, Exception cause) {
        LOG.warn("{}: the stream of {} cannot be read ({}); resuming from the checkpoint when it answers",
                functionName, stream.table(), cause.getMessage());
    }

    @Override
    public void recovered(StreamHandle stream) {
        LOG.warn("{}: the stream of {} answers again", functionName, stream.table());
    }

    @Override
    public void streamReplaced(StreamHandle before, StreamHandle now) {
        LOG.warn("{}: table {} was re-created; following its new stream", functionName, now.table());
    }
}
