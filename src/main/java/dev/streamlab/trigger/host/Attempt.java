package dev.streamlab.trigger.host;

import java.util.Optional;

/**
 * How one invocation went.
 *
 * @param firstFailed index of the first record to retry: 0 for the whole batch, the batch size on success
 */
record Attempt(int firstFailed, Optional<Exception> error) {

    static Attempt success(int batchSize) {
        return new Attempt(batchSize, Optional.empty());
    }

    boolean succeeded(int batchSize) {
        return firstFailed >= batchSize;
    }
}
