package dev.streamlab.trigger;

import java.util.Map;

/**
 * Makes triggers of one kind; found with {@link java.util.ServiceLoader}, so a jar in the plugins folder
 * that lists its factory in {@code META-INF/services/dev.streamlab.trigger.TriggerFactory} adds its kind.
 * A mapping file names the kind as {@code "Handler": "builtin:<name>"}.
 */
public interface TriggerFactory {

    /** e.g. "email-checker" */
    String name();

    /** One sentence for `triggers list`. */
    String description();

    /**
     * @param environment the function's Environment.Variables; an invalid value is a
     *                    {@link dev.streamlab.model.UserInputException} naming the variable
     */
    Trigger create(Map<String, String> environment);
}
