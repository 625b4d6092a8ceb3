package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import java.util.Map;

/**
 * A function's Environment.Variables where a handler can read them exactly, whatever other functions share the
 * JVM: {@code context.getClientContext().getEnvironment()}.
 */
record FunctionEnvironment(Map<String, String> variables) implements ClientContext {

    FunctionEnvironment {
        variables = Map.copyOf(variables);
    }

    /** Also as Java system properties of the same names, for code that cannot reach the Context. */
    void publishAsSystemProperties() {
        variables.forEach(System::setProperty);
    }

    @Override
    public Map<String, String> getEnvironment() {
        return variables;
    }

    /** No mobile client invokes a stream function. */
    @Override
    public Client getClient() {
        return null;
    }

    @Override
    public Map<String, String> getCustom() {
        return Map.of();
    }
}
