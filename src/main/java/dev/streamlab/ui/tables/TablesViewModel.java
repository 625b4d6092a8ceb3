package dev.streamlab.ui.tables;

import dev.streamlab.connect.Connection;
import dev.streamlab.connect.SharedDbProbe;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.Tasks;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The table list and the selected table's description, loaded in the background once connected. */
public final class TablesViewModel {

    private final Executor executor;
    private final ErrorReporter errors;
    private final ObservableList<String> tableNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TableDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final SimpleIntegerProperty running = new SimpleIntegerProperty();
    private TableCatalog catalog;
    private Connection connection;
    private String selected;

    public TablesViewModel(ObservableValue<Connection> connection, Executor executor, ErrorReporter errors) {
        this.executor = executor;
        this.errors = errors;
        loading.bind(running.greaterThan(0));
        connection.addListener((observable, before, now) -> connectedTo(now));
    }

    public ObservableList<String> tableNames() {
        return FXCollections.unmodifiableObservableList(tableNames);
    }

    /** The selected table's description; null while none is selected or it could not be described. */
    public ReadOnlyObjectProperty<TableDetails> details() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public void refresh() {
        if (catalog == null) {
            return;
        }
        TableCatalog from = catalog;
        Connection on = connection;
        start(Tasks.create(from::listTables).onSuccess(names -> {
            showNames(names);
            if (names.isEmpty()) {
                explainEmpty(on);
            }
        }));
    }

    /** Describes the named table; null clears the details. */
    public void select(String tableName) {
        selected = tableName;
        details.set(null);
        if (tableName == null || catalog == null) {
            return;
        }
        TableCatalog from = catalog;
        start(Tasks.create(() -> TableDetails.of(from.describe(tableName)))
                .onSuccess(described -> {
                    // A slow answer for a table the user has already left must not overwrite the newer one.
                    if (tableName.equals(selected)) {
                        details.set(described);
                    }
                }));
    }

    private void connectedTo(Connection now) {
        connection = now;
        catalog = now == null ? null : new TableCatalog(now.clients().dynamo());
        tableNames.clear();
        select(null);
        refresh();
    }

    /**
     * An empty list on someone else's DynamoDB Local often means it runs without -sharedDb and the
     * tables were made under another access key or region: say where they are.
     */
    private void explainEmpty(Connection on) {
        if (on.profile().isLocal() && on.embedded().isEmpty()) {
            start(Tasks.create(() -> SharedDbProbe.explainEmpty(on.profile()))
                    .onSuccess(sentence -> sentence.map(UserInputException::new).ifPresent(errors::report)));
        }
    }

    private <T> void start(Tasks.Builder<T> work) {
        errors.clear();
        running.set(running.get() + 1);
        work.onError(Exception.class, errors::report)
                .andFinally(() -> running.set(running.get() - 1))
                .runOnce(executor);
    }

    /**
     * Updates the list in place rather than replacing it, so that the list view keeps its selection.
     * ListTables answers in name order, so what remains after removing is already in order.
     */
    private void showNames(List<String> names) {
        tableNames.retainAll(names);
        for (int i = 0; i < names.size(); i++) {
            if (i >= tableNames.size() || !tableNames.get(i).equals(names.get(i))) {
                tableNames.add(i, names.get(i));
            }
        }
    }
}
