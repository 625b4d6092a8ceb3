package dev.streamlab.data.transfer;

import java.util.List;

/**
 * What an import did.
 *
 * @param written   items written to the table
 * @param failures  one sentence per item that was not written, naming its line
 * @param cancelled the user stopped it: what {@code written} counts was written, nothing after it
 */
public record ImportResult(long written, List<String> failures, boolean cancelled) {

    public ImportResult {
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty() && !cancelled;
    }
}
