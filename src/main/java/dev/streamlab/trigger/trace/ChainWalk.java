package dev.streamlab.trigger.trace;

import dev.streamlab.trigger.trace.TraceNode.BlockedNode;
import dev.streamlab.trigger.trace.TraceNode.Forgotten;
import dev.streamlab.trigger.trace.TraceNode.GaveUpNode;
import dev.streamlab.trigger.trace.TraceNode.InvocationNode;
import dev.streamlab.trigger.trace.TraceNode.LoopGuardNode;
import dev.streamlab.trigger.trace.TraceNode.OutsideWrite;
import dev.streamlab.trigger.trace.TraceNode.RecordNode;
import dev.streamlab.trigger.trace.TraceNode.Repeat;
import dev.streamlab.trigger.trace.TraceNode.WaitingNode;
import dev.streamlab.trigger.trace.TraceNode.WriteNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns vertices into an immutable {@link TraceChain}: up the causes to where each chain starts, then down through
 * every consequence. A batch's invocation hangs under each of its records; it is drawn in full under the first and
 * as a {@link Repeat} under the others, so a wide batch never multiplies its subtree.
 */
final class ChainWalk {

    private final Map<String, TraceVertex> vertices;
    private final Map<String, TraceNode> drawn = new HashMap<>();
    private final Set<String> visited = new HashSet<>();

    ChainWalk(Map<String, TraceVertex> vertices) {
        this.vertices = vertices;
    }

    /** The chains of these vertices, earliest start first, at most {@code limit} of the latest. */
    TraceChain around(Collection<TraceVertex> from, int limit) {
        List<TraceVertex> tops = new ArrayList<>(topsOf(from));
        tops.sort(Comparator.comparing(vertex -> vertex.since));
        List<TraceNode> nodes = tops.subList(Math.max(0, tops.size() - limit), tops.size()).stream()
                .map(this::top).filter(Objects::nonNull).toList();
        return new TraceChain(nodes, drawn.keySet());
    }

    /** Where the chains of {@code from} start: the vertices up the causes that have no cause still kept. */
    private Set<TraceVertex> topsOf(Collection<TraceVertex> from) {
        Set<TraceVertex> tops = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<TraceVertex> climbing = new ArrayDeque<>(from);
        while (!climbing.isEmpty()) {
            TraceVertex vertex = climbing.pop();
            if (!seen.add(vertex.id)) {
                continue;
            }
            List<TraceVertex> causes = kept(vertex.causes);
            if (causes.isEmpty()) {
                tops.add(vertex);
            }
            causes.forEach(climbing::push);
        }
        return tops;
    }

    private TraceNode top(TraceVertex vertex) {
        TraceNode node = node(vertex);
        if (node == null) {
            return null;
        }
        if (vertex.event instanceof RecordTraced record && record.cause().isEmpty()) {
            return new OutsideWrite((RecordNode) node);
        }
        // Anything else at the top lost its causes to the budget, except an invocation still running, whose
        // batch is told only when it ends.
        boolean running = vertex.kind == TraceVertex.Kind.INVOCATION && vertex.event == null;
        return running ? node : new Forgotten(node);
    }

    private TraceNode node(TraceVertex vertex) {
        if (!visited.add(vertex.id)) {
            // Met again through another record of the same batch; null only for a cycle, which ids cannot make.
            TraceNode shown = drawn.get(vertex.id);
            return shown == null ? null : new Repeat(shown);
        }
        List<TraceNode> children = kept(vertex.consequences).stream().map(this::node).filter(Objects::nonNull).toList();
        TraceNode node = switch (vertex.kind) {
            case RECORD -> record(vertex, children);
            case INVOCATION -> invocation(vertex, children);
            case WRITE -> new WriteNode((WriteTraced) vertex.event, children);
            case GAVE_UP -> new GaveUpNode(vertex.id, (BatchGivenUp) vertex.event);
            case LOOP_GUARD -> new LoopGuardNode(vertex.id, (LoopGuardTripped) vertex.event);
            case BLOCKED -> new BlockedNode(vertex.id, (ShardBlocked) vertex.event);
            case WAITING -> waiting(vertex);
        };
        drawn.put(vertex.id, node);
        return node;
    }

    private RecordNode record(TraceVertex vertex, List<TraceNode> children) {
        RecordTraced traced = (RecordTraced) vertex.event;
        Optional<Duration> afterWrite = kept(vertex.causes).stream().findFirst()
                .map(write -> Duration.between(write.since, traced.time()));
        var record = traced.record();
        return new RecordNode(record.eventId(), record.eventName(), traced.table(), record.keys(), traced.time(),
                record.approximateCreationDateTime(), traced.depth(), afterWrite, children);
    }

    private InvocationNode invocation(TraceVertex vertex, List<TraceNode> children) {
        Optional<Invocation> ended = Optional.ofNullable((Invocation) vertex.event);
        var started = ended.map(call -> call.time().minus(call.duration())).orElse(vertex.since);
        String function = ended.map(Invocation::functionName).orElse(vertex.functionName);
        return new InvocationNode(vertex.id, function, started, ended, List.copyOf(vertex.log), children);
    }

    private static WaitingNode waiting(TraceVertex vertex) {
        var batch = ((BatchWaiting) vertex.event).batch();
        return new WaitingNode(vertex.id, batch.functionName(), batch.table(), batch.shardId(), batch.since(),
                batch.eventIds().size());
    }

    private List<TraceVertex> kept(List<String> ids) {
        return ids.stream().map(vertices::get).filter(Objects::nonNull).toList();
    }
}
