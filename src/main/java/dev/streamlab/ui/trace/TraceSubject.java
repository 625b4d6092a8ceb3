package dev.streamlab.ui.trace;

import dev.streamlab.trigger.trace.TracedItem;

/** What the trace shows the chain of. */
sealed interface TraceSubject {

    /** The latest chain that had any consequence, following new ones as they come. */
    record Latest() implements TraceSubject {
    }

    /** The chain around one record, invocation or write. */
    record Step(String id) implements TraceSubject {
    }

    /** Every chain that wrote one item. */
    record Item(TracedItem item) implements TraceSubject {
    }
}
