package dev.streamlab.trigger.host;

import dev.streamlab.trigger.trace.Invocation;
import java.util.List;

/** What the host tells its front end: each invocation, each trigger log line, each batch given up on. */
public interface HostListener {

    HostListener NONE = new HostListener() {
    };

    /** A mapping's reader has taken its position in a shard: from LATEST, writes from now on reach it. */
    default void listening(String functionName, String table, String shardId) {
    }

    default void invoked(Invocation invocation) {
    }

    default void functionLog(String functionName, String requestId, String line) {
    }

    /** Retries or record age ran out: the records went to the on-failure destination (or were dropped). */
    default void gaveUp(String functionName, String condition, List<String> eventIds) {
    }

    /** A chain of causes grew past the loop guard's depth: the mapping is paused until resumed. */
    default void loopGuard(String functionName, int depth) {
    }

    /** A record keeps failing with retries unlimited: its shard is blocked, as on AWS. */
    default void blocked(String functionName, String shardId, int attempts) {
    }
}
