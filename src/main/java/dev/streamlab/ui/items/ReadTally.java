package dev.streamlab.ui.items;

import java.util.Locale;
import java.util.Optional;

/**
 * What one read cost so far, over all its pages: DynamoDB's Count (items that matched) against its ScannedCount
 * (items it read before the filter), and the capacity units AWS charged. Immutable; each page makes a new one.
 */
record ReadTally(long count, long scanned, Optional<Double> capacity) {

    static final ReadTally NONE = new ReadTally(0, 0, Optional.empty());

    ReadTally plus(PageRead page) {
        Optional<Double> units = page.capacity().map(more -> capacity.orElse(0.0) + more).or(() -> capacity);
        return new ReadTally(count + page.rows().size(), scanned + page.scanned(), units);
    }

    /** e.g. "Count 2 of ScannedCount 6 · 1.5 RCU"; capacity only on AWS, where it is billed. */
    String text(boolean onAws) {
        String counts = "Count " + count + " of ScannedCount " + scanned;
        if (!onAws || capacity.isEmpty()) {
            return counts;
        }
        return counts + " · " + String.format(Locale.ROOT, "%.1f", capacity.get()) + " RCU";
    }
}
