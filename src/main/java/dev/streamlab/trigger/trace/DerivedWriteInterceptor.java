package dev.streamlab.trigger.trace;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Sees every successful request of every SDK v2 client in this JVM (it is registered as a global
 * interceptor in {@code software/amazon/awssdk/global/handlers/execution.interceptors}), and records the
 * writes made during a trigger's invocation against it: the client StreamLab hands triggers and a Lambda
 * handler's own {@code DynamoDbClient.create()} alike. Triggers never have to report what they wrote.
 */
public final class DerivedWriteInterceptor implements ExecutionInterceptor {

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        CausalTrace.currentInvocation().ifPresent(current -> DerivedWrites.of(context.request())
                .forEach(write -> current.trace().written(current.requestId(), write)));
    }
}
