package dev.streamlab.ui.tables;

import dev.streamlab.connect.SharedDbProbe;
import dev.streamlab.data.Database;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;

/** The table list and the selected table's description, loaded in the background once connected. */
public final class TablesViewModel {

    private static final String SOURCE = "Tables";

    private final Session session;
    private final ObservableList<String> tableNames;
    private final ReadOnlyObjectWrapper<TableDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final SimpleIntegerProperty running = new SimpleIntegerProperty();

    public TablesViewModel(Session session) {
        this.session = session;
        this.tableNames = session.tableNames();
        loading.bind(running.greaterThan(0));
        session.workspace().addListener((observable, before, now) -> connected());
        session.tablesChanged().addListener((observable, before, now) -> refresh());
        session.selectedTable().addListener((observable, before, now) -> describe(now));
    }

    public ObservableList<String> tableNames() {
        return tableNames;
    }

    /** The selected table's description; null while none is selected or it could not be described. */
    public ReadOnlyObjectProperty<TableDetails> details() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public void refresh() {
        Database database = session.database();
        if (database == null) {
            return;
        }
        start(Tasks.create(() -> database.tables().listTables()).onSuccess(names -> {
            showNames(names);
            if (names.isEmpty()) {
                explainEmpty(database);
            }
        }));
        describe(session.selectedTable().get());
    }

    public void select(String tableName) {
        session.selectedTable().set(tableName);
    }

    private void describe(String tableName) {
        details.set(null);
        Database database = session.database();
        if (tableName == null || database == null) {
            return;
        }
        start(Tasks.create(() -> TableDetails.of(database.tables().describe(tableName)))
                .onSuccess(described -> {
                    // A slow answer for a table the user has already left must not overwrite the newer one.
                    if (tableName.equals(session.selectedTable().get())) {
                        details.set(described);
                    }
                }));
    }

    private void connected() {
        tableNames.clear();
        select(null);
        refresh();
    }

    /**
     * An empty list on someone else's DynamoDB Local often means it runs without -sharedDb and the
     * tables were made under another access key or region: say where they are.
     */
    private void explainEmpty(Database database) {
        if (database.profile().isLocal() && session.workspace().get() != null) {
            start(Tasks.create(() -> SharedDbProbe.explainEmpty(database.profile()))
                    .onSuccess(sentence -> sentence.map(UserInputException::new)
                            .ifPresent(e -> session.errors().report(SOURCE, e))));
        }
    }

    private <T> void start(Tasks.Builder<T> work) {
        running.set(running.get() + 1);
        work.onError(Exception.class, e -> session.errors().report(SOURCE, e))
                .andFinally(() -> running.set(running.get() - 1))
                .runOnce(session.executor());
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
