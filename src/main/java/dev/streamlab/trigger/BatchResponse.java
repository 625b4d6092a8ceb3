package dev.streamlab.trigger;

import java.util.List;

/**
 * What a trigger reports about a batch: nothing failed, or the sequence numbers of records that did
 * (Lambda's batchItemFailures[].itemIdentifier, honoured with ReportBatchItemFailures).
 */
public record BatchResponse(List<String> batchItemFailures) {

    private static final BatchResponse SUCCESS = new BatchResponse(List.of());

    public BatchResponse {
        batchItemFailures = batchItemFailures == null ? List.of() : List.copyOf(batchItemFailures);
    }

    public static BatchResponse success() {
        return SUCCESS;
    }

    public static BatchResponse failures(List<String> sequenceNumbers) {
        return new BatchResponse(sequenceNumbers);
    }

    public boolean allSucceeded() {
        return batchItemFailures.isEmpty();
    }
}
