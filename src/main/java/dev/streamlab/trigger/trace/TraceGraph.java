package dev.streamlab.trigger.trace;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.trace.TraceVertex.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The trace's events linked into chains of causes, built as they come: a record is caused by the derived write that
 * produced it, an invocation by the records of its batch (each retry is an invocation of its own), a write by its
 * invocation; batches given up on, the loop guard's stop, a blocked shard and a batch waiting at a paused mapping
 * hang under their records. {@link #chainOf} answers for any record, invocation or write, {@link #chainOfItem} for
 * an item. Bounded: over {@code capacity} steps (log lines count too), whole chains are dropped, least recently
 * active first ({@link TraceChains}). Safe to feed from the threads the events happen on while another reads.
 */
public final class TraceGraph {

    public static final int DEFAULT_CAPACITY = 50_000;
    /** An item's history shows at most this many chains, the latest. */
    static final int ITEM_CHAINS = 20;

    private final Map<String, TraceVertex> vertices = new HashMap<>();
    private final Map<TracedItem, List<String>> recordsOfItem = new HashMap<>();
    /** The latest invocation of each function on each shard, where a blocked shard is shown. */
    private final Map<String, String> latestInvocation = new HashMap<>();
    private final TraceChains chains;
    private long outcomes;
    private volatile String latestActive;

    public TraceGraph(int capacity) {
        this.chains = new TraceChains(capacity);
    }

    /**
     * Links one event into the graph.
     *
     * @return the ids of the steps it added or extended: a chain holding any of them has changed
     */
    public synchronized Set<String> add(TraceEvent event) {
        Set<String> touched = new LinkedHashSet<>();
        if (event instanceof RecordTraced record) {
            record(record, touched);
        } else if (event instanceof WriteTraced write) {
            write(write, touched);
        } else if (event instanceof Invocation invocation) {
            invocation(invocation, touched);
        } else if (event instanceof FunctionLog log) {
            log(log, touched);
        } else if (event instanceof BatchGivenUp failure) {
            outcome(Kind.GAVE_UP, failure, failure.eventIds(), touched);
        } else if (event instanceof LoopGuardTripped trip) {
            outcome(Kind.LOOP_GUARD, trip, trip.eventIds(), touched);
        } else if (event instanceof ShardBlocked blocked) {
            blocked(blocked, touched);
        } else if (event instanceof BatchWaiting waiting) {
            outcome(Kind.WAITING, waiting, waiting.batch().eventIds(), touched);
        } else if (event instanceof BatchReleased released) {
            released(released, touched);
        }
        chains.overflow().forEach(this::forget);
        return touched;
    }

    /** The chain around a record (eventID), an invocation (request id) or a derived write (its id). */
    public synchronized Optional<TraceChain> chainOf(String id) {
        TraceVertex vertex = vertices.get(id);
        return vertex == null ? Optional.empty() : Optional.of(new ChainWalk(vertices).around(List.of(vertex), 1));
    }

    /** Every chain that wrote this item (the latest {@value #ITEM_CHAINS}), each from its start. */
    public synchronized Optional<TraceChain> chainOfItem(TracedItem item) {
        List<TraceVertex> records = recordsOfItem.getOrDefault(item, List.of()).stream().map(vertices::get)
                .filter(Objects::nonNull).toList();
        return records.isEmpty() ? Optional.empty()
                : Optional.of(new ChainWalk(vertices).around(records, ITEM_CHAINS));
    }

    /** Where the latest chain that had any consequence (an invocation, a waiting batch, a failure) starts. */
    public Optional<String> latestActive() {
        return Optional.ofNullable(latestActive);
    }

    /** Steps and log lines kept. */
    public synchronized int size() {
        return chains.weight();
    }

    private void record(RecordTraced traced, Set<String> touched) {
        if (vertices.containsKey(traced.eventId())) {
            return;
        }
        var vertex = new TraceVertex(traced.eventId(), Kind.RECORD, traced.time(), withoutImages(traced));
        Optional<TraceVertex> write = traced.cause().map(vertices::get);
        write.ifPresent(vertex::causedBy);
        add(vertex, write.map(cause -> cause.chain).orElseGet(() -> chains.start(vertex.id)), touched);
        traced.cause().ifPresent(touched::add);
        recordsOfItem.computeIfAbsent(new TracedItem(traced.table(), traced.record().keys()), item -> new ArrayList<>())
                .add(vertex.id);
    }

    /** Images can be 400 KB each, and the chain needs only keys: the stream view keeps the records whole. */
    private static RecordTraced withoutImages(RecordTraced traced) {
        StreamRecord r = traced.record();
        var keysOnly = new StreamRecord(r.eventId(), r.eventName(), r.awsRegion(), r.eventSourceArn(), r.shardId(),
                r.approximateCreationDateTime(), r.keys(), Optional.empty(), Optional.empty(), r.sequenceNumber(),
                r.sizeBytes(), r.streamViewType(), r.userIdentity());
        return new RecordTraced(traced.time(), traced.table(), keysOnly, traced.depth(), traced.cause());
    }

    private void write(WriteTraced write, Set<String> touched) {
        TraceVertex invocation = invocationVertex(write.invocationId(), write);
        var vertex = new TraceVertex(write.id(), Kind.WRITE, write.time(), write);
        vertex.causedBy(invocation);
        add(vertex, invocation.chain, touched);
        touched.add(invocation.id);
    }

    /**
     * An invocation is told when it ends, after its writes and log lines: until then it is known by those alone
     * and forms a chain of its own, which joins its batch's chain when it ends.
     */
    private TraceVertex invocationVertex(String requestId, TraceEvent firstNews) {
        TraceVertex known = vertices.get(requestId);
        if (known != null) {
            return known;
        }
        var running = new TraceVertex(requestId, Kind.INVOCATION, firstNews.time(), null);
        vertices.put(requestId, running);
        chains.join(running, chains.start(requestId));
        return running;
    }

    private void invocation(Invocation call, Set<String> touched) {
        TraceVertex known = vertices.get(call.requestId());
        var vertex = known != null ? known : new TraceVertex(call.requestId(), Kind.INVOCATION, call.time(), null);
        vertex.event = call;
        List<TraceVertex> batch = kept(call.causes());
        batch.forEach(vertex::causedBy);
        TraceChains.Chain chain = batch.isEmpty() ? null : batch.get(0).chain;
        if (known == null) {
            add(vertex, chain != null ? chain : chains.start(vertex.id), touched);
        } else {
            touched.add(vertex.id);
            if (chain != null && chain != known.chain) {
                chains.merge(known.chain, chain);
            }
        }
        latestInvocation.put(call.functionName() + "/" + call.shardId(), vertex.id);
        active(vertex.chain);
        touched.addAll(call.causes());
    }

    private void log(FunctionLog line, Set<String> touched) {
        TraceVertex invocation = invocationVertex(line.requestId(), line);
        invocation.functionName = line.functionName();
        invocation.log.add(line.line());
        chains.grew(invocation.chain, 1);
        touched.add(invocation.id);
    }

    /** Something that happened to a batch: it hangs under each of the batch's records. */
    private void outcome(Kind kind, TraceEvent event, List<String> eventIds, Set<String> touched) {
        String id = kind == Kind.WAITING ? ((BatchWaiting) event).batch().id() : kind + ":" + ++outcomes;
        var vertex = new TraceVertex(id, kind, event.time(), event);
        List<TraceVertex> batch = kept(eventIds);
        batch.forEach(vertex::causedBy);
        add(vertex, batch.isEmpty() ? chains.start(id) : batch.get(0).chain, touched);
        active(vertex.chain);
        touched.addAll(eventIds);
    }

    /** A blocked shard names no records: it is the batch of that function's latest invocation on the shard. */
    private void blocked(ShardBlocked blocked, Set<String> touched) {
        TraceVertex invocation = vertices.get(latestInvocation.get(blocked.functionName() + "/" + blocked.shardId()));
        List<String> batch = invocation == null ? List.of() : invocation.causes;
        outcome(Kind.BLOCKED, blocked, batch, touched);
    }

    private void released(BatchReleased released, Set<String> touched) {
        TraceVertex waiting = vertices.remove(released.batch().id());
        if (waiting != null) {
            kept(waiting.causes).forEach(record -> record.consequences.remove(waiting.id));
            chains.leave(waiting);
            touched.add(waiting.id);
            touched.addAll(waiting.causes);
        }
    }

    private void add(TraceVertex vertex, TraceChains.Chain chain, Set<String> touched) {
        vertices.put(vertex.id, vertex);
        chains.join(vertex, chain);
        touched.add(vertex.id);
    }

    private void active(TraceChains.Chain chain) {
        if (vertices.containsKey(chain.rootId)) {
            latestActive = chain.rootId;
        }
    }

    private void forget(TraceVertex vertex) {
        vertices.remove(vertex.id);
        latestInvocation.values().remove(vertex.id);
        if (vertex.event instanceof RecordTraced record) {
            var item = new TracedItem(record.table(), record.record().keys());
            List<String> records = recordsOfItem.get(item);
            if (records != null && records.remove(vertex.id) && records.isEmpty()) {
                recordsOfItem.remove(item);
            }
        }
        if (vertex.id.equals(latestActive)) {
            latestActive = null;
        }
    }

    private List<TraceVertex> kept(List<String> ids) {
        return ids.stream().map(vertices::get).filter(Objects::nonNull).toList();
    }
}
