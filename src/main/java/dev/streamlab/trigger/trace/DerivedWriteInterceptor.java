package dev.streamlab.trigger.trace;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Sees every successful request of the client triggers get, and records the writes among them against
 * the invocation running on that thread: triggers never have to report what they wrote.
 */
public final class DerivedWriteInterceptor implements ExecutionInterceptor {

    private final CausalTrace trace;

    public DerivedWriteInterceptor(CausalTrace trace) {
        this.trace = trace;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        CausalTrace.currentInvocation().ifPresent(requestId ->
                DerivedWrites.of(context.request()).forEach(write -> trace.written(requestId, write)));
    }
}
