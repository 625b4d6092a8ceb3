package dev.streamlab.trigger;

/**
 * Code that reacts to a table's stream records, as a Lambda function attached to a DynamoDB stream does.
 * Part of the public SPI: built-in triggers use nothing else, exactly as a user's plugin would.
 */
@FunctionalInterface
public interface Trigger {

    /**
     * Handles one batch. Throwing fails the whole batch (it is retried as the mapping says); returning
     * {@link BatchResponse#failures} reports single records (with ReportBatchItemFailures).
     */
    BatchResponse handle(TriggerEvent event, TriggerContext context) throws Exception;
}
