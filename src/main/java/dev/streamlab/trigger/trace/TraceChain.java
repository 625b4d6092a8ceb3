package dev.streamlab.trigger.trace;

import java.util.List;
import java.util.Set;

/**
 * A chain of causes around what was asked for, from its first write down through every consequence.
 *
 * @param tops usually one: the write outside any trigger that started it; more when a batch mixed records of
 *             several chains, or an item was written by several
 * @param ids  the id of every step in it, to tell whether a new event extends it
 */
public record TraceChain(List<TraceNode> tops, Set<String> ids) {

    public TraceChain {
        tops = List.copyOf(tops);
        ids = Set.copyOf(ids);
    }
}
