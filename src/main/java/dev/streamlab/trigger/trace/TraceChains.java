package dev.streamlab.trigger.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a {@link TraceGraph} bounded. Each vertex belongs to the chain of the first write outside any trigger it
 * follows from; chains are kept in the order they were last active. Over budget, the least recently active chain is
 * dropped whole, so a chain shows either complete or not at all; only a single chain larger than the whole budget
 * (a trigger writing without end) loses its oldest steps, which then show as forgotten causes.
 */
final class TraceChains {

    /** The vertices that follow from one start, oldest first. */
    static final class Chain {
        final String rootId;
        final ArrayDeque<TraceVertex> members = new ArrayDeque<>();
        int weight;

        Chain(String rootId) {
            this.rootId = rootId;
        }
    }

    private final int capacity;
    private final Map<String, Chain> chains = new LinkedHashMap<>(64, 0.75f, true);
    private int weight;

    TraceChains(int capacity) {
        this.capacity = capacity;
    }

    /** A new chain starting at {@code rootId}. */
    Chain start(String rootId) {
        Chain chain = new Chain(rootId);
        chains.put(rootId, chain);
        return chain;
    }

    void join(TraceVertex vertex, Chain chain) {
        vertex.chain = chain;
        chain.members.add(vertex);
        grew(chain, vertex.weight());
    }

    /** The chain took {@code by} more of the budget (a log line) and was active now. */
    void grew(Chain chain, int by) {
        chain.weight += by;
        weight += by;
        chains.get(chain.rootId);
    }

    /** A running invocation's own chain joins its causes' chain once they are known. */
    void merge(Chain from, Chain into) {
        chains.remove(from.rootId);
        from.members.forEach(vertex -> vertex.chain = into);
        into.members.addAll(from.members);
        into.weight += from.weight;
        chains.get(into.rootId);
    }

    /** Takes a vertex out that ended on its own (a batch that stopped waiting). */
    void leave(TraceVertex vertex) {
        Chain chain = vertex.chain;
        if (chain.members.remove(vertex)) {
            chain.weight -= vertex.weight();
            weight -= vertex.weight();
            if (chain.members.isEmpty()) {
                chains.remove(chain.rootId);
            }
        }
    }

    /** Takes out what is over budget and returns it, for the graph to forget. */
    List<TraceVertex> overflow() {
        List<TraceVertex> dropped = new ArrayList<>();
        while (weight > capacity && !chains.isEmpty()) {
            Iterator<Chain> oldestFirst = chains.values().iterator();
            Chain oldest = oldestFirst.next();
            if (chains.size() > 1) {
                oldestFirst.remove();
                dropped.addAll(oldest.members);
                weight -= oldest.weight;
            } else {
                TraceVertex first = oldest.members.removeFirst();
                oldest.weight -= first.weight();
                weight -= first.weight();
                dropped.add(first);
                if (oldest.members.isEmpty()) {
                    chains.remove(oldest.rootId);
                }
            }
        }
        return dropped;
    }

    int weight() {
        return weight;
    }
}
