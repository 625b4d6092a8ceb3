package dev.streamlab.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Creates controllers for FXMLLoader, so that each controller receives its view-model and services
 * through its constructor instead of reaching for globals.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> creators = new HashMap<>();

    public <C> ControllerFactory register(Class<C> type, Supplier<? extends C> creator) {
        creators.put(type, creator);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> creator = creators.get(type);
        if (creator == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return creator.get();
    }
}
