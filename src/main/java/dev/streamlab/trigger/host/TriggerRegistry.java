package dev.streamlab.trigger.host;

import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.TriggerFactory;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The trigger kinds there are: built-ins and plugins, all found through {@link ServiceLoader}. */
public final class TriggerRegistry {

    private final List<TriggerFactory> factories;

    public TriggerRegistry(ClassLoader loader) {
        this.factories = ServiceLoader.load(TriggerFactory.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(TriggerFactory::name))
                .toList();
    }

    public List<TriggerFactory> factories() {
        return factories;
    }

    public TriggerFactory byName(String name, String where) {
        return factories.stream().filter(factory -> factory.name().equals(name)).findFirst()
                .orElseThrow(() -> new UserInputException(where + " names the trigger \"builtin:" + name
                        + "\", which does not exist: the triggers there are "
                        + String.join(", ", factories.stream().map(f -> "builtin:" + f.name()).toList()) + "."));
    }
}
