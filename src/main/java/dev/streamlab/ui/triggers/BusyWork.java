package dev.streamlab.ui.triggers;

import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The triggers view's background work (loading files, starting and stopping readers, which ask DynamoDB), counted
 * so that one progress indicator shows while any of it runs. Failures go to the session's error path.
 */
final class BusyWork {

    private final Session session;
    private final SimpleIntegerProperty running = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    BusyWork(Session session) {
        this.session = session;
        busy.bind(running.greaterThan(0));
    }

    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Runs {@code work} in the background, then {@code then} on the FX thread with its result. */
    <T> void run(String source, Callable<T> work, Consumer<T> then) {
        run(source, work, then, error -> { });
    }

    /** As {@link #run(String, Callable, Consumer)}, also telling {@code failed} the sentence reported. */
    <T> void run(String source, Callable<T> work, Consumer<T> then, Consumer<Exception> failed) {
        running.set(running.get() + 1);
        session.run(Tasks.create(work).onSuccess(then)
                .onError(Exception.class, error -> {
                    session.errors().report(source, error);
                    failed.accept(error);
                })
                .andFinally(() -> running.set(running.get() - 1)));
    }
}
