package dev.streamlab.trigger.trace;

import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Sees every request of every SDK v2 client in this JVM (it is registered as a global interceptor in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}), and records the writes made during a
 * trigger's invocation against it: the client StreamLab hands triggers and a Lambda handler's own
 * {@code DynamoDbClient.create()} alike. Triggers never have to report what they wrote. Writes are made known
 * before they are sent, so that their stream records always find their cause.
 */
public final class DerivedWriteInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<Sending> SENDING = new ExecutionAttribute<>("StreamLabDerivedWrites");

    private record Sending(CausalTrace trace, List<WriteInFlight> writes) {
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CausalTrace.currentInvocation().ifPresent(current -> {
            var writes = DerivedWrites.of(context.request());
            if (!writes.isEmpty()) {
                attributes.putAttribute(SENDING,
                        new Sending(current.trace(), current.trace().sending(current.requestId(), writes)));
            }
        });
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Sending sending = attributes.getAttribute(SENDING);
        if (sending != null) {
            sending.trace().succeeded(sending.writes());
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Sending sending = attributes.getAttribute(SENDING);
        if (sending != null) {
            sending.trace().failed(sending.writes());
        }
    }
}
