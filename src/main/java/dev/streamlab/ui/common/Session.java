package dev.streamlab.ui.common;

import dev.streamlab.connect.Connection;
import dev.streamlab.connect.SavedConnection;
import dev.streamlab.data.ConnectionsFile;
import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.ui.WindowOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the window's views share: the connection and everything on it (the {@link Workspace}), the selected table,
 * the trace events as they happen, the one error path, and the navigator. Views talk through this, not through
 * each other's classes. Used on the FX thread, except {@link #onTraceEvent}'s listeners.
 */
public final class Session {

    private final WindowOptions options;
    private final Executor executor;
    private final Executor fxThread;
    private final ErrorReporter errors = new ErrorReporter();
    private final Navigator navigator = new Navigator();
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final ReadOnlyStringWrapper connectionStatus = new ReadOnlyStringWrapper(this, "connectionStatus",
            "Not connected");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account");
    private final ReadOnlyStringWrapper readersStatus = new ReadOnlyStringWrapper(this, "readersStatus", "");
    private final ReadOnlyLongWrapper tablesChanged = new ReadOnlyLongWrapper(this, "tablesChanged");
    private final ReadOnlyLongWrapper mappingsChanged = new ReadOnlyLongWrapper(this, "mappingsChanged");
    private final StringProperty selectedTable = new SimpleStringProperty(this, "selectedTable");
    private final ObjectProperty<ItemPageRequest> shownRead = new SimpleObjectProperty<>(this, "shownRead");
    private final ObservableList<String> tableNames = FXCollections.observableArrayList();
    private final ObservableList<Map<String, AttributeValue>> selectedItems = FXCollections.observableArrayList();
    private final List<Consumer<TraceEvent>> traceListeners = new CopyOnWriteArrayList<>();
    private final LiveFeed<String> readerReports;
    private final ConnectionsFile connectionsFile;
    /** Counts connection attempts: only the latest one's workspace is used. */
    private long attempts;
    private boolean closed;

    /**
     * @param executor runs every piece of background work (a same-thread one in tests)
     * @param fxThread runs work on the FX thread: {@code Platform::runLater}
     */
    public Session(WindowOptions options, Executor executor, Executor fxThread) {
        this.options = options;
        this.executor = executor;
        this.fxThread = fxThread;
        this.readerReports = new LiveFeed<>(16, fxThread, reports -> readersStatus.set(reports.get(reports.size() - 1)));
        this.connectionsFile = new ConnectionsFile(options.connectionsFile());
    }

    public WindowOptions options() {
        return options;
    }

    public Executor executor() {
        return executor;
    }

    /** Runs work on the FX thread; for live feeds that views make of their own. */
    public Executor fxThread() {
        return fxThread;
    }

    public ErrorReporter errors() {
        return errors;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Everything on the connection; null until connected, and again once closed. */
    public ReadOnlyObjectProperty<Workspace> workspace() {
        return workspace.getReadOnlyProperty();
    }

    /** The data services of the connection; null while not connected. */
    public Database database() {
        return workspace.get() == null ? null : workspace.get().database();
    }

    public ReadOnlyBooleanProperty connecting() {
        return connecting.getReadOnlyProperty();
    }

    /** Where the window is connected, in words. */
    public ReadOnlyStringProperty connectionStatus() {
        return connectionStatus.getReadOnlyProperty();
    }

    /** How the stream readers are doing: following N tables, an outage, recovered. */
    public ReadOnlyStringProperty readersStatus() {
        return readersStatus.getReadOnlyProperty();
    }

    /** The table the user is looking at, or null. */
    public StringProperty selectedTable() {
        return selectedTable;
    }

    /** The scan or query the items view shows, for exporting just that; null for none or a PartiQL statement. */
    public ObjectProperty<ItemPageRequest> shownRead() {
        return shownRead;
    }

    /** The tables there are, in name order, as the tables view last listed them. */
    public ObservableList<String> tableNames() {
        return tableNames;
    }

    /** Counts changes this window made to the set of tables (created, dropped, seeded): the list reloads on it. */
    public ReadOnlyLongProperty tablesChanged() {
        return tablesChanged.getReadOnlyProperty();
    }

    public void tableSetChanged() {
        tablesChanged.set(tablesChanged.get() + 1);
        Workspace open = workspace.get();
        if (open != null) {
            open.monitor().rescan();
        }
    }

    /** Counts mapping files loaded or unloaded, and mappings enabled or disabled, by this window. */
    public ReadOnlyLongProperty mappingsChanged() {
        return mappingsChanged.getReadOnlyProperty();
    }

    public void mappingSetChanged() {
        mappingsChanged.set(mappingsChanged.get() + 1);
    }

    /**
     * Tells {@code listener} every trace event (records, invocations, derived writes, waiting batches...) on the
     * thread it happens on. It must not block: turn the event into a row and offer it to a {@link LiveFeed}.
     */
    public void onTraceEvent(Consumer<TraceEvent> listener) {
        traceListeners.add(listener);
    }

    /** Background work with its follow-ups on the FX thread; failures go to the error path under {@code source}. */
    public <T> Tasks.Builder<T> task(String source, Callable<T> work) {
        return Tasks.create(work).onError(Exception.class, e -> errors.report(source, e));
    }

    public void run(Tasks.Builder<?> task) {
        task.runOnce(executor);
    }

    /**
     * Opens the start connection in the background (the one the arguments name, or else the one used last), then
     * starts following its streams and the --mappings files' triggers.
     */
    public void connect() {
        open(this::openStart, "Connecting…");
    }

    /**
     * Leaves the current connection (its triggers and readers stop, the views empty) and opens {@code target}.
     * Triggers are per connection: none run on the new one until the user loads a mapping file there.
     */
    public void switchTo(SavedConnection target) {
        Workspace old = workspace.get();
        workspace.set(null);
        selectedTable.set(null);
        open(() -> {
            if (old != null) {
                old.close();
            }
            Workspace opened = openWorkspace(target.open(), target.name());
            connectionsFile.rememberLast(target);
            return new Opened(opened, Map.of());
        }, "Connecting to " + target.name() + "…");
    }

    /** The items selected in the items view, of the selected table; empty when none is. */
    public ObservableList<Map<String, AttributeValue>> selectedItems() {
        return selectedItems;
    }

    /** The saved connections, shared by the connections list and the start (which reopens the last one). */
    public ConnectionsFile connectionsFile() {
        return connectionsFile;
    }

    private void open(Callable<Opened> opening, String words) {
        long attempt = ++attempts;
        connecting.set(true);
        connectionStatus.set(words);
        Tasks.create(opening)
                .onSuccess(opened -> opened(attempt, opened))
                .onError(Exception.class, e -> {
                    if (attempt == attempts) {
                        connectionStatus.set("Not connected");
                    }
                    errors.report("Connection", e);
                })
                .andFinally(() -> {
                    if (attempt == attempts) {
                        connecting.set(false);
                    }
                })
                .runOnce(executor);
    }

    private Opened openStart() throws InterruptedException {
        Map<String, String> failures = new LinkedHashMap<>();
        Optional<SavedConnection> last = options.connectionGiven() ? Optional.empty() : lastUsed(failures);
        Workspace opened = null;
        if (last.isPresent()) {
            try {
                opened = openWorkspace(last.get().open(), last.get().name());
            } catch (RuntimeException e) {
                failures.put("Connection " + last.get().name(), ErrorReporter.sentenceFor(e)
                        + " The window opened the embedded DynamoDB Local instead.");
            }
        }
        if (opened == null) {
            Connection connection = options.connector().get();
            opened = openWorkspace(connection, options.connectionGiven() ? connection.profile().describe()
                    : SavedConnection.EMBEDDED_NAME);
        }
        for (Map.Entry<Path, MappingFile> file : options.mappings().entrySet()) {
            try {
                opened.mappings().load(file.getValue(), file.getKey().toString(), options.paused());
            } catch (RuntimeException e) {
                failures.put("Mappings " + file.getKey(), ErrorReporter.sentenceFor(e));
            }
        }
        return new Opened(opened, failures);
    }

    private Optional<SavedConnection> lastUsed(Map<String, String> failures) {
        try {
            var saved = connectionsFile.read();
            return saved.last().flatMap(saved::named);
        } catch (RuntimeException e) {
            failures.put("Connections", ErrorReporter.sentenceFor(e));
            return Optional.empty();
        }
    }

    private Workspace openWorkspace(Connection connection, String name) {
        return Workspace.open(connection, name, options, event -> traceListeners.forEach(l -> l.accept(event)),
                new ReadersReport(readerReports));
    }

    /** @param failures a sentence per --mappings file that could not start, by where it came from */
    private record Opened(Workspace workspace, Map<String, String> failures) {
    }

    private void opened(long attempt, Opened opened) {
        if (closed || attempt != attempts) {
            // The window closed, or the user chose another connection meanwhile: nobody will use this workspace.
            executor.execute(() -> closeQuietly(opened.workspace()));
            return;
        }
        workspace.set(opened.workspace());
        connectionStatus.set("Connected to " + opened.workspace().describe());
        mappingSetChanged();
        opened.failures().forEach(errors::report);
        lookUpAccount(opened.workspace());
    }

    /** The AWS account, for the title: STS may take seconds to answer or never does, so the window does not wait. */
    private void lookUpAccount(Workspace opened) {
        account.set(null);
        if (opened.isAws()) {
            executor.execute(() -> {
                Optional<String> found = opened.account();
                fxThread.execute(() -> {
                    if (workspace.get() == opened) {
                        account.set(found.orElse(null));
                    }
                });
            });
        }
    }

    /** The AWS account the connection acts in, once STS has told it; null on local connections. */
    public ReadOnlyStringProperty account() {
        return account.getReadOnlyProperty();
    }

    /** Stops the triggers, the readers and the connection in the background; the window is closing. */
    public void close() {
        closed = true;
        Workspace open = workspace.get();
        if (open != null) {
            workspace.set(null);
            executor.execute(() -> closeQuietly(open));
        }
    }

    private static void closeQuietly(Workspace open) {
        try {
            open.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
