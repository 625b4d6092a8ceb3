package dev.streamlab.trigger.host;

import java.nio.file.Path;

/**
 * How a host runs, besides what it runs.
 *
 * @param stateDir  where each mapping's checkpoints are kept
 * @param handlers  where Lambda handler classes are loaded from (the plugins folder's loader)
 * @param pause     the wait before a failed batch is retried
 * @param loopLimit how long a chain of causes may grow before the loop guard pauses its mapping
 */
public record HostOptions(Path stateDir, ClassLoader handlers, RetryPause pause, int loopLimit) {

    public static final int DEFAULT_LOOP_LIMIT = 16;

    public static HostOptions defaults(Path stateDir) {
        return new HostOptions(stateDir, HostOptions.class.getClassLoader(), RetryPause.EXPONENTIAL, DEFAULT_LOOP_LIMIT);
    }

    public HostOptions withPause(RetryPause retryPause) {
        return new HostOptions(stateDir, handlers, retryPause, loopLimit);
    }

    public HostOptions withHandlers(ClassLoader loader) {
        return new HostOptions(stateDir, loader, pause, loopLimit);
    }

    public HostOptions withLoopLimit(int limit) {
        return new HostOptions(stateDir, handlers, pause, limit);
    }
}
