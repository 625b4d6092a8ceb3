package dev.streamlab.ui.main;

import dev.streamlab.connect.Connection;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.Tasks;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's connection: opened in the background, described in the status bar, closed with the window. */
public final class MainViewModel {

    private final Supplier<Connection> connector;
    private final Executor executor;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private boolean closed;

    /** @param connector opens the connection; it may block (it can start an embedded server) */
    public MainViewModel(Supplier<Connection> connector, Executor executor, ErrorReporter errors) {
        this.connector = connector;
        this.executor = executor;
        this.errors = errors;
    }

    public ReadOnlyObjectProperty<Connection> connection() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connecting() {
        return connecting.getReadOnlyProperty();
    }

    public void connect() {
        connecting.set(true);
        status.set("Connecting…");
        Tasks.create(connector::get)
                .onSuccess(this::connected)
                .onError(Exception.class, this::notConnected)
                .andFinally(() -> connecting.set(false))
                .runOnce(executor);
    }

    /**
     * Closes the connection in the background (stopping an embedded server takes a moment); should the
     * JVM exit first, the server's shutdown hook stops it.
     */
    public void close() {
        closed = true;
        Connection open = connection.get();
        if (open != null) {
            connection.set(null);
            executor.execute(open::close);
        }
    }

    private void connected(Connection opened) {
        if (closed) {
            // The window closed while connecting: nobody will use this connection.
            executor.execute(opened::close);
            return;
        }
        connection.set(opened);
        status.set("Connected to " + opened.describe());
    }

    private void notConnected(Exception error) {
        status.set("Not connected");
        errors.report(error);
    }
}
