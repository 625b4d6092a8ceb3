package dev.streamlab.stream;

/** What a reader reports besides records: outages, lineage steps, a stream replaced. All optional. */
public interface StreamListener {

    StreamListener NONE = new StreamListener() {
    };

    /** The endpoint stopped answering (e.g. DynamoDB Local restarted); reading resumes from the checkpoint. */
    default void outage(StreamHandle stream, Exception cause) {
    }

    default void recovered(StreamHandle stream) {
    }

    default void shardEnded(StreamHandle stream, String shardId) {
    }

    /** The table was dropped and re-created: its records now come from a new stream. */
    default void streamReplaced(StreamHandle before, StreamHandle now) {
    }

    /** The table is gone; the reader waits for it to come back. */
    default void tableGone(String table) {
    }
}
