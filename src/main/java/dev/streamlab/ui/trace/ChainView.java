package dev.streamlab.ui.trace;

import dev.streamlab.trigger.trace.TraceChain;
import dev.streamlab.trigger.trace.TraceGraph;
import dev.streamlab.trigger.trace.TraceNode;
import dev.streamlab.trigger.trace.TraceNode.InvocationNode;
import dev.streamlab.trigger.trace.TraceNode.OutsideWrite;
import dev.streamlab.trigger.trace.TraceNode.WriteNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the trace shows for a subject, built off the FX thread from a snapshot of the graph.
 *
 * @param ids   the steps shown: an event touching one of them extends what is shown
 * @param start where the chain shown starts, to tell when a newer one is the latest
 * @param empty the empty state's sentence, when there are no rows
 */
record ChainView(TraceSubject subject, List<TraceRow> rows, Set<String> ids, String start, String title,
        String summary, String empty) {

    static final String NOTHING_YET = "No trace yet. Put an item into a table with a trigger, or pick a record in"
            + " the Stream tab and choose Show trace.";

    static ChainView of(TraceGraph graph, TraceSubject subject) {
        if (subject instanceof TraceSubject.Step step) {
            return graph.chainOf(step.id()).map(chain -> shown(subject, chain, "", "Chain"))
                    .orElseGet(() -> missing(subject, Set.of(step.id()), "Nothing in the trace for this step: it"
                            + " happened before the window connected, or is older than the "
                            + String.format("%,d", TraceGraph.DEFAULT_CAPACITY) + " steps the trace keeps."
                            + " Turn on Follow latest to see the newest chain."));
        }
        if (subject instanceof TraceSubject.Item item) {
            String name = KeyText.of(item.item().key()) + " in " + item.item().table();
            return graph.chainOfItem(item.item()).map(chain -> shown(subject, chain, "", "History of " + name))
                    .orElseGet(() -> missing(subject, Set.of(), "No record of " + name + " since the window"
                            + " connected: write it, and its chains show here."));
        }
        Optional<String> latest = graph.latestActive();
        return latest.flatMap(graph::chainOf).map(chain -> shown(subject, chain, latest.get(), "Latest"))
                .orElseGet(() -> missing(subject, Set.of(), NOTHING_YET));
    }

    static ChainView nothingYet() {
        return missing(new TraceSubject.Latest(), Set.of(), NOTHING_YET);
    }

    private static ChainView shown(TraceSubject subject, TraceChain chain, String start, String lead) {
        String title = lead;
        String when = "";
        if (chain.tops().size() == 1 && chain.tops().get(0) instanceof OutsideWrite outside) {
            var record = outside.record();
            title += ": " + KeyText.of(record.keys()) + " " + (record.eventName().equals("INSERT") ? "put into"
                    : record.eventName().equals("REMOVE") ? "deleted from" : "updated in") + " " + record.table();
            when = TraceRows.time(record.time()) + " · ";
        }
        return new ChainView(subject, TraceRows.of(chain.tops()), chain.ids(), start, title,
                when + summary(chain.tops()), "");
    }

    private static ChainView missing(TraceSubject subject, Set<String> ids, String sentence) {
        return new ChainView(subject, List.of(), ids, "", "Trace", "", sentence);
    }

    /** "2 invocations · 1 derived write · 1 failure". */
    private static String summary(List<TraceNode> tops) {
        int[] counts = new int[3];
        count(tops, counts);
        return plural(counts[0], "invocation") + " · " + plural(counts[1], "derived write") + " · "
                + plural(counts[2], "failure");
    }

    private static void count(List<TraceNode> nodes, int[] counts) {
        for (TraceNode node : nodes) {
            if (node instanceof InvocationNode call) {
                counts[0]++;
                counts[2] += call.failed() ? 1 : 0;
            } else if (node instanceof WriteNode) {
                counts[1]++;
            } else if (node instanceof TraceNode.GaveUpNode || node instanceof TraceNode.LoopGuardNode
                    || node instanceof TraceNode.BlockedNode) {
                counts[2]++;
            }
            count(node.children(), counts);
        }
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
