package dev.streamlab.ui.common;

import dev.streamlab.model.UserInputException;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one error path: every failure becomes a problem, one sentence with where it came from, kept in a
 * list (newest last) so that a second failure never hides the first. A user's mistake shows its own message;
 * anything else is logged once here and shown as a short pointer to the log. Used on the FX thread.
 */
public final class ErrorReporter {

    /** At most this many are kept; the oldest go first. */
    static final int KEPT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    /** One failure: when, which part of the window, and the sentence to show. */
    public record Problem(Instant time, String source, String message) {
    }

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Problem> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    /** @param source the part of the window it happened in, e.g. "Items" or "Load sample data" */
    public void report(String source, Throwable error) {
        report(source, sentenceFor(error));
    }

    public void report(String source, String sentence) {
        Problem problem = new Problem(Instant.now(), source, sentence);
        problems.add(problem);
        if (problems.size() > KEPT) {
            problems.remove(0, problems.size() - KEPT);
        }
        latest.set(problem);
    }

    public ObservableList<Problem> problems() {
        return readOnly;
    }

    /** The newest problem not dismissed, or null. */
    public ReadOnlyObjectProperty<Problem> latest() {
        return latest.getReadOnlyProperty();
    }

    public void dismissAll() {
        problems.clear();
        latest.set(null);
    }

    public static String sentenceFor(Throwable error) {
        if (error instanceof UserInputException) {
            LOG.debug("Reported to the user", error);
            return error.getMessage();
        }
        LOG.error("Unexpected failure in the window", error);
        return "Something went wrong (" + error.getClass().getSimpleName() + "): the details are in the log.";
    }
}
