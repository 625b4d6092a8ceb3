package dev.streamlab.trigger.mapping;

import java.util.Map;
import java.util.Objects;

/** One entry of {@code functions}, as {@code AWS::Lambda::Function} names it: its Handler and Environment.Variables. */
public record FunctionDefinition(String name, Handler handler, Map<String, String> environment) {

    public FunctionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        environment = Map.copyOf(environment);
    }
}
