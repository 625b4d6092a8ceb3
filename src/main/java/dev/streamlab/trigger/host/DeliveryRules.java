package dev.streamlab.trigger.host;

import java.time.Duration;
import java.util.Optional;

/**
 * Lambda's rules for a failing stream batch, as a mapping sets them.
 *
 * @param maximumRetryAttempts -1: until the record expires
 * @param maximumRecordAge     empty: records never expire here (AWS keeps them 24 hours)
 */
record DeliveryRules(int maximumRetryAttempts, Optional<Duration> maximumRecordAge, boolean bisectOnError,
        boolean reportBatchItemFailures) {

    boolean retriesExhausted(int retries) {
        return maximumRetryAttempts >= 0 && retries > maximumRetryAttempts;
    }
}
