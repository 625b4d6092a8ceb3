package dev.streamlab.trigger.trace;

import java.time.Instant;

/**
 * One step of the story a trace tells: a stream record, an invocation, a write it made, a batch given up on, and
 * what a front end needs to draw them live (batches waiting at a paused mapping, log lines, the loop guard).
 * Front ends read fields; JSON is written only at the file's edge ({@link TraceJson}).
 */
public sealed interface TraceEvent permits RecordTraced, WriteTraced, Invocation, BatchGivenUp, LoopGuardTripped,
        BatchWaiting, BatchReleased, FunctionLog, GateChanged, ShardBlocked {

    Instant time();
}
