package dev.streamlab.ui.triggers;

/** A batch started waiting (with its row) or went on (its id only), in the order the mappings tell it. */
record PendingChange(PendingRow waiting, String releasedId) {

    static PendingChange waiting(PendingRow row) {
        return new PendingChange(row, null);
    }

    static PendingChange released(String batchId) {
        return new PendingChange(null, batchId);
    }
}
