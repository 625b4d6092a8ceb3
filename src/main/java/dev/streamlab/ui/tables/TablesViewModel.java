package dev.streamlab.ui.tables;

import dev.streamlab.connect.SharedDbProbe;
import dev.streamlab.data.Database;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The table list (names at once, stream badges and item counts as they are described), its search, the selected
 * table (the session's, so the navigator can select one too) and its description, and the operations that change
 * the set of tables. Everything on DynamoDB runs in the background once connected.
 */
public final class TablesViewModel {

    private static final String SOURCE = "Tables";

    private final Session session;
    private final ObservableList<TableEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<TableEntry> visible = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<TableDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper listed = new ReadOnlyBooleanWrapper(this, "listed");
    private final SimpleIntegerProperty running = new SimpleIntegerProperty();
    private final SummaryLoader summaries;
    private final TableOperations operations;
    private final BooleanBinding loading;
    private final ObjectBinding<EmptyState> emptyState;
    private final StringBinding emptyMessage;
    private final BooleanBinding connected;
    private final BooleanBinding canChangeTables;
    private long latestListing;

    public TablesViewModel(Session session) {
        this.session = session;
        this.summaries = new SummaryLoader(session);
        this.operations = new TableOperations(session);
        this.loading = running.greaterThan(0).or(summaries.busy());
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> entry -> matches(entry.name(), search.get()), search));
        this.emptyState = Bindings.createObjectBinding(this::currentEmptyState, session.workspace(),
                session.connecting(), listed, entries, visible);
        this.emptyMessage = Bindings.createStringBinding(() -> emptyState.get().message(search.get()), emptyState,
                search);
        this.connected = session.workspace().isNotNull();
        this.canChangeTables = connected.and(operations.busy().not());
        session.workspace().addListener((observable, before, now) -> workspaceChanged());
        session.tablesChanged().addListener((observable, before, now) -> refresh());
        session.selectedTable().addListener((observable, before, now) -> selected(now));
        new LiveCounts(session, table -> entryNamed(table).ifPresent(summaries::reload));
    }

    /** The tables the search lets through, in name order. */
    public ObservableList<TableEntry> tables() {
        return visible;
    }

    /** What the search box holds; the list filters as it changes. */
    public StringProperty search() {
        return search;
    }

    /** The selected table, shared with every view: the list follows it, whoever sets it. */
    public ReadOnlyStringProperty selectedTable() {
        return session.selectedTable();
    }

    /** The selected table's description; null while none is selected or it could not be described. */
    public ReadOnlyObjectProperty<TableDetails> details() {
        return details.getReadOnlyProperty();
    }

    /** Listing or describing tables. */
    public BooleanBinding loading() {
        return loading;
    }

    public ObjectBinding<EmptyState> emptyState() {
        return emptyState;
    }

    public StringBinding emptyMessage() {
        return emptyMessage;
    }

    /** What a table operation is doing now; null when none runs. */
    public ReadOnlyStringProperty progress() {
        return operations.progress();
    }

    /** What the last operation did ("Dropped table Orders."); null once dismissed. */
    public ReadOnlyStringProperty notice() {
        return operations.notice();
    }

    public BooleanBinding connected() {
        return connected;
    }

    /** Connected and no operation running: the buttons that change tables are enabled. */
    public BooleanBinding canChangeTables() {
        return canChangeTables;
    }

    public void refresh() {
        Database database = session.database();
        if (database == null) {
            return;
        }
        long listing = ++latestListing;
        start(Tasks.create(() -> database.tables().listTables()).onSuccess(names -> {
            // An older listing that answers late, or one from a connection the window has left, is dropped.
            if (listing != latestListing || session.database() != database) {
                return;
            }
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

    /** Enter in the search box: the first table that matches. */
    public void selectFirstMatch() {
        if (!visible.isEmpty()) {
            select(visible.get(0).name());
        }
    }

    /** Where the selected table is in the filtered list, or -1 when it is not shown. */
    public int visibleIndexOfSelected() {
        String name = session.selectedTable().get();
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The folder "Load sample data…" opens at: sample-data/ under the working directory, when there is one. */
    public Optional<Path> sampleDataFolder() {
        Path folder = Path.of("sample-data").toAbsolutePath();
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Where "Create table…" opens: the sample data's table files, when there are some. */
    public Optional<Path> tableFilesFolder() {
        return sampleDataFolder().map(folder -> folder.resolve("tables")).filter(Files::isDirectory);
    }

    public void loadSampleData(Path folder) {
        operations.loadSampleData(folder);
    }

    public void createTable(Path file) {
        operations.createTable(file, this::select);
    }

    /** What the user must confirm to drop this table: on AWS, by typing its name. */
    public TableConfirmation dropConfirmation(String table) {
        TableSummary summary = entryNamed(table).map(entry -> entry.summary().get()).orElse(null);
        return TableConfirmation.of(table, summary, session.workspace().get() != null
                && session.workspace().get().isAws());
    }

    /**
     * Drops the table once the confirmation accepts the typed name (ignored where none is asked for).
     *
     * @return whether the drop was started: false for a wrong name, which drops nothing
     */
    public boolean drop(TableConfirmation confirmation, String typedName) {
        return operations.drop(confirmation, typedName, () -> {
            if (confirmation.table().equals(session.selectedTable().get())) {
                select(null);
            }
        });
    }

    /** Stream, time to live, CreateTable JSON and purge for the selected table. */
    public TableActions actions() {
        return new TableActions(session, operations, table -> entryNamed(table).map(entry -> entry.summary().get())
                .orElse(null));
    }

    /** The create-table form; it selects the table once made. */
    public TableFormViewModel newTableForm() {
        return new TableFormViewModel(session, draft -> operations.createTable(draft, this::select));
    }

    public void dismissNotice() {
        operations.dismissNotice();
    }

    private void selected(String tableName) {
        // The navigator may select a table the search hides: show it rather than leave the list out of step.
        if (tableName != null && !matches(tableName, search.get())) {
            search.set("");
        }
        details.set(null);
        describe(tableName);
    }

    /** Describes the table afresh; what shows of it stays until the new description replaces it. */
    private void describe(String tableName) {
        Database database = session.database();
        if (tableName == null || database == null) {
            return;
        }
        boolean aws = session.workspace().get().isAws();
        Optional<TableEntry> entry = entryNamed(tableName);
        long ticket = entry.map(TableEntry::request).orElse(0L);
        start(Tasks.create(() -> database.tables().describe(tableName)).onSuccess(described -> {
            // The list's count is refreshed with it: selecting a table shows its count as it is now.
            entry.ifPresent(e -> e.show(ticket, TableSummary.of(described, aws)));
            // A slow answer for a table the user has already left must not overwrite the newer one.
            if (tableName.equals(session.selectedTable().get())) {
                details.set(TableDetails.of(described, aws));
            }
        }));
    }

    private void workspaceChanged() {
        summaries.clear();
        entries.clear();
        session.tableNames().clear();
        listed.set(false);
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

    /** Names first; their descriptions follow in the background. */
    private void showNames(List<String> names) {
        String selected = session.selectedTable().get();
        boolean selectedWasListed = session.tableNames().contains(selected);
        InPlace.update(entries, names, TableEntry::name, TableEntry::new);
        InPlace.update(session.tableNames(), names, name -> name, name -> name);
        listed.set(true);
        if (selectedWasListed && !names.contains(selected)) {
            // Dropped elsewhere: nothing is selected any more.
            select(null);
        }
        summaries.loadAll(List.copyOf(entries));
    }

    private Optional<TableEntry> entryNamed(String tableName) {
        return entries.stream().filter(entry -> entry.name().equals(tableName)).findFirst();
    }

    private EmptyState currentEmptyState() {
        if (session.workspace().get() == null) {
            return session.connecting().get() ? EmptyState.CONNECTING : EmptyState.NOT_CONNECTED;
        }
        if (!listed.get()) {
            return EmptyState.LISTING;
        }
        if (entries.isEmpty()) {
            return EmptyState.NO_TABLES;
        }
        return visible.isEmpty() ? EmptyState.NO_MATCH : EmptyState.NONE;
    }

    private static boolean matches(String tableName, String search) {
        return search == null || tableName.toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT));
    }
}
