package dev.streamlab.trigger.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One step of a chain of causes, as a {@link TraceGraph} snapshot gives it: immutable, with its consequences as
 * children in the order they happened. {@link #id()} is what {@link TraceGraph#chainOf(String)} takes.
 */
public sealed interface TraceNode {

    String id();

    /** When it happened: a record when it was read, an invocation when it started, a write when it was sent. */
    Instant time();

    List<TraceNode> children();

    /** The write no trigger made (the user's, the CLI's, a script's) that starts a chain; known by its record. */
    record OutsideWrite(RecordNode record) implements TraceNode {
        @Override
        public String id() {
            return "outside:" + record.eventId();
        }

        /** The record's approximate creation time: the only clock the write itself left. */
        @Override
        public Instant time() {
            return record.createdAt();
        }

        @Override
        public List<TraceNode> children() {
            return List.of(record);
        }
    }

    /** The top of a chain whose earlier causes were dropped to keep the trace bounded. */
    record Forgotten(TraceNode node) implements TraceNode {
        @Override
        public String id() {
            return "forgotten:" + node.id();
        }

        @Override
        public Instant time() {
            return node.time();
        }

        @Override
        public List<TraceNode> children() {
            return List.of(node);
        }
    }

    /**
     * A stream record.
     *
     * @param afterWrite from the derived write that caused it to its being read; empty for a chain's first record
     */
    record RecordNode(String eventId, String eventName, String table, Map<String, AttributeValue> keys, Instant time,
            Instant createdAt, int depth, Optional<Duration> afterWrite, List<TraceNode> children) implements TraceNode {
        @Override
        public String id() {
            return eventId;
        }
    }

    /**
     * One call of a trigger: an attempt of its batch.
     *
     * @param ended empty while it runs (known so far from its writes or log lines only)
     * @param log   the lines it wrote to its log
     */
    record InvocationNode(String requestId, String functionName, Instant time, Optional<Invocation> ended,
            List<String> log, List<TraceNode> children) implements TraceNode {
        @Override
        public String id() {
            return requestId;
        }

        public boolean failed() {
            return ended.map(call -> !call.succeeded()).orElse(false);
        }
    }

    /** A write an invocation made; its children are the stream records it produced. */
    record WriteNode(WriteTraced write, List<TraceNode> children) implements TraceNode {
        @Override
        public String id() {
            return write.id();
        }

        @Override
        public Instant time() {
            return write.time();
        }
    }

    /** The records of a batch were given up on: retries or record age ran out. */
    record GaveUpNode(String id, BatchGivenUp failure) implements Leaf {
        @Override
        public Instant time() {
            return failure.time();
        }
    }

    /** The loop guard paused the mapping at this batch. */
    record LoopGuardNode(String id, LoopGuardTripped trip) implements Leaf {
        @Override
        public Instant time() {
            return trip.time();
        }
    }

    /** The batch keeps failing with retries unlimited: its shard waits. */
    record BlockedNode(String id, ShardBlocked blocked) implements Leaf {
        @Override
        public Instant time() {
            return blocked.time();
        }
    }

    /** The batch waits at a paused mapping for a step or a resume. */
    record WaitingNode(String id, String functionName, String table, String shardId, Instant time, int records)
            implements Leaf {
    }

    /** A batch's invocation or outcome met again under another record of the same batch: shown once, above. */
    record Repeat(TraceNode shown) implements Leaf {
        @Override
        public String id() {
            return "repeat:" + shown.id();
        }

        @Override
        public Instant time() {
            return shown.time();
        }
    }

    /** A step with no consequences of its own. */
    sealed interface Leaf extends TraceNode permits GaveUpNode, LoopGuardNode, BlockedNode, WaitingNode, Repeat {
        @Override
        default List<TraceNode> children() {
            return List.of();
        }
    }
}
