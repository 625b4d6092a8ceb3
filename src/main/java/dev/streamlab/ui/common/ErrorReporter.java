package dev.streamlab.ui.common;

import dev.streamlab.model.UserInputException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one error path: every failure becomes one sentence for the status bar. A user's mistake
 * shows its own message; anything else is logged once here and shown as a short pointer to the log.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The sentence to show, or empty when there is nothing wrong. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public void report(Throwable error) {
        message.set(sentenceFor(error));
    }

    public void clear() {
        message.set("");
    }

    static String sentenceFor(Throwable error) {
        if (error instanceof UserInputException) {
            LOG.debug("Reported to the user", error);
            return error.getMessage();
        }
        LOG.error("Unexpected failure in the window", error);
        return "Something went wrong (" + error.getClass().getSimpleName() + "): the details are in the log.";
    }
}
