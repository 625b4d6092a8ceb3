package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.code.CodeLanguage;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The selected table's items, read a page at a time with the read bar, kept current by its stream records, and
 * the item editor. Selecting a table describes it and scans its first page; the navigator's "show this item"
 * selects the table, reads the item and opens it. Used on the FX thread.
 */
public final class ItemsViewModel {

    private static final String SOURCE = "Items";

    private final Session session;
    private final ReadForm form = new ReadForm();
    private final ItemRows rows = new ItemRows();
    private final ItemReader reader;
    private final ItemEditorViewModel editor;
    private final LiveChanges live;
    private final RecentReads recent;
    private final SelectedRows selection;
    private final ReadOnlyObjectWrapper<TableInfo> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyBooleanWrapper describing = new ReadOnlyBooleanWrapper(this, "describing");
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper(this, "readProblem", "");
    private final ReadOnlyObjectWrapper<ItemRow> rowToSelect = new ReadOnlyObjectWrapper<>(this, "rowToSelect");
    private final BooleanBinding tableShown = table.isNotNull();
    /** The table this view shows: the selected one, or the one an items tab is pinned to. */
    private final StringProperty tableName = new SimpleStringProperty(this, "tableName");
    private final ReadOnlyObjectWrapper<ReadSnapshot> lastRead = new ReadOnlyObjectWrapper<>(this, "lastRead");
    /** The read a tab reopened with, run once its table is described instead of the first scan. */
    private ReadSnapshot firstRead;
    private final StringBinding placeholder;
    private final StringBinding unseenChanges;
    private BooleanSupplier discardEdits = () -> true;
    private int tableGeneration;
    /** The item to keep selected as pages land: the one opened, shown by the navigator, or saved. */
    private ItemKey focus;
    /** The key the navigator asked for, read once the table is described. */
    private Map<String, AttributeValue> itemToShow;

    /** The Items tab's view: it shows the table selected in the tables list. */
    public ItemsViewModel(Session session) {
        this(session, null, null);
    }

    /** A view that stays on one table whatever is selected (an items tab of its own), starting with {@code read}. */
    public static ItemsViewModel pinnedTo(Session session, String table, ReadSnapshot read) {
        return new ItemsViewModel(session, table, read);
    }

    private ItemsViewModel(Session session, String pinned, ReadSnapshot read) {
        this.session = session;
        this.firstRead = read;
        this.reader = new ItemReader(session, rows, this::pageLanded);
        this.editor = new ItemEditorViewModel(session, new EditorWrites());
        this.live = new LiveChanges(session, new ShownItems(rows, editor, reader::request, this::requestSelection));
        this.recent = new RecentReads(session);
        this.selection = new SelectedRows(session, rows, editor, table::get);
        // every dependency is read each time: one left unread stays invalid and never tells of its next change
        this.placeholder = Bindings.createStringBinding(() -> new EmptyState(session.workspace().get() != null,
                tableName.get(), table.get() != null, describing.get(), reader.reading().get(),
                reader.failed().get(), reader.more().get(), reader.request()).sentence(), session.workspace(),
                tableName, table, describing, reader.reading(), reader.failed(), reader.more());
        this.unseenChanges = Bindings.createStringBinding(() -> live.unseen().get() == 0 ? ""
                : live.unseen().get() + (live.unseen().get() == 1 ? " change" : " changes") + " not shown",
                live.unseen());
        form.typesSeen(rows::typeSeen);
        if (pinned == null) {
            tableName.bind(session.selectedTable());
            session.navigator().onShowItem(this::showItem);
        } else {
            tableName.set(pinned);
        }
        tableName.addListener((observable, before, now) -> showTable(now));
        session.workspace().addListener((observable, before, now) -> showTable(tableName.get()));
        showTable(tableName.get());
    }

    /** Leaves the table (a tab closed): no more reads, and stream records of it are no longer followed. */
    public void close() {
        if (!tableName.isBound()) {
            tableName.set(null);
        }
    }

    /** The read last run, for an items tab to reopen with; null before the first. */
    public ReadOnlyObjectProperty<ReadSnapshot> lastRead() {
        return lastRead.getReadOnlyProperty();
    }

    /** Runs the read bar's read from its first page. */
    public void read() {
        TableInfo shown = table.get();
        if (shown == null) {
            return;
        }
        if (form.mode().get() == ReadMode.PARTIQL) {
            runStatement(shown);
            return;
        }
        ItemPageRequest request;
        ReadSnapshot snapshot = ReadSnapshot.of(form);
        try {
            request = form.request(shown);
        } catch (UserInputException e) {
            readProblem.set(e.getMessage());
            session.errors().report(SOURCE, e);
            return;
        }
        readProblem.set("");
        recent.remember(snapshot);
        lastRead.set(snapshot);
        live.watch(shown);
        reader.start(shown, request);
    }

    /** The shown table's recent reads, newest first. */
    public ObservableList<ReadSnapshot> recentReads() {
        return recent.reads();
    }

    /** Puts a recent read back into the read bar and runs it. */
    public void readAgain(ReadSnapshot read) {
        if (table.get() != null) {
            read.applyTo(form);
            read();
        }
    }

    /** The read bar's read as code that makes it elsewhere; empty, with the problem shown, if it cannot run. */
    public Optional<String> readAs(CodeLanguage language) {
        TableInfo shown = table.get();
        if (shown == null) {
            return Optional.empty();
        }
        try {
            readProblem.set("");
            return Optional.of(language.write(form.request(shown), session.workspace().get().codeTarget()));
        } catch (UserInputException e) {
            readProblem.set(e.getMessage());
            session.errors().report(SOURCE, e);
            return Optional.empty();
        }
    }

    /** Runs the PartiQL statement; its items land in the same rows, Load more following its NextToken. */
    private void runStatement(TableInfo shown) {
        String statement = form.statement().get().strip();
        if (statement.isEmpty()) {
            readProblem.set("The PartiQL statement is empty: write one, e.g. SELECT * FROM \"" + shown.name()
                    + "\".");
            return;
        }
        readProblem.set("");
        lastRead.set(ReadSnapshot.of(form));
        recent.remember(lastRead.get());
        live.watch(shown);
        reader.startStatement(shown, statement);
    }

    /** Reads the shown read again (F5); describes the table again if that had failed. */
    public void refresh() {
        TableInfo shown = table.get();
        if (shown == null || reader.request() == null) {
            showTable(tableName.get());
            return;
        }
        live.watch(shown);
        reader.start(shown, reader.request());
    }

    public void loadMore() {
        reader.loadMore();
    }

    public void cancel() {
        reader.cancel();
    }

    /** Opens a row in the editor, unless the user keeps unsaved edits; returns whether it opened. */
    public boolean open(ItemRow row) {
        if (row == null || table.get() == null) {
            return true;
        }
        if (!editor.showing(row.item())) {
            if (editor.dirty().get() && !discardEdits.getAsBoolean()) {
                return false;
            }
            editor.open(table.get(), row.item());
        }
        focus = row.key();
        return true;
    }

    /** Ctrl+N and the New button: a new item of the selected table in the editor. */
    public void newItem() {
        if (table.get() == null) {
            session.errors().report("Item editor", "Select a table first: a new item starts from the table's key.");
        } else if (!editor.dirty().get() || discardEdits.getAsBoolean()) {
            editor.openNew(table.get());
        }
    }

    /** Ctrl+S and the Save button. */
    public void save() {
        editor.save();
    }

    /** How the view asks before unsaved edits are replaced (a dialog); without one they are replaced. */
    public void askBeforeDiscarding(BooleanSupplier ask) {
        this.discardEdits = ask;
    }

    private void showTable(String name) {
        int at = ++tableGeneration;
        reader.clear();
        live.watch(null);
        table.set(null);
        recent.show(null);
        editor.close();
        focus = null;
        itemToShow = null;
        readProblem.set("");
        describing.set(false);
        Database database = session.database();
        if (name == null || database == null) {
            return;
        }
        describing.set(true);
        Tasks.create(() -> database.tables().describe(name))
                .onSuccess(described -> {
                    if (at == tableGeneration) {
                        described(described);
                    }
                })
                .onError(Exception.class, e -> {
                    if (at == tableGeneration) {
                        session.errors().report(SOURCE, e);
                    }
                })
                .andFinally(() -> {
                    if (at == tableGeneration) {
                        describing.set(false);
                    }
                })
                .runOnce(session.executor());
    }

    private void described(TableInfo described) {
        table.set(described);
        form.reset(described);
        recent.show(described.name());
        if (firstRead != null) {
            ReadSnapshot reopened = firstRead;
            firstRead = null;
            reopened.applyTo(form);
            read();
            return;
        }
        live.watch(described);
        reader.start(described, form.request(described));
        if (itemToShow != null) {
            readShownItem();
        }
    }

    private void showItem(String name, Map<String, AttributeValue> key) {
        if (!name.equals(session.selectedTable().get())) {
            session.selectedTable().set(name);
        }
        itemToShow = key;
        if (table.get() != null) {
            readShownItem();
        }
    }

    private void readShownItem() {
        Map<String, AttributeValue> key = itemToShow;
        itemToShow = null;
        TableInfo shown = table.get();
        int at = tableGeneration;
        ShownItemRead.read(session, shown, key, () -> at == tableGeneration, item -> {
            editor.open(shown, item);
            keepSelected(ItemRow.of(shown.key(), item, ItemRow.Change.NONE));
        });
    }

    /** Shows the row (adding it when the read did not bring it) and keeps it selected as more pages land. */
    private void keepSelected(ItemRow row) {
        rows.upsert(List.of(row));
        focus = row.key();
        requestSelection(rows.find(focus));
    }

    private void pageLanded() {
        if (focus != null && rows.find(focus) != null) {
            requestSelection(rows.find(focus));
        }
    }

    private void requestSelection(ItemRow row) {
        rowToSelect.set(null);
        rowToSelect.set(row);
    }

    /** Saves and deletes of the editor, shown in the rows if the table is still the one shown. */
    private final class EditorWrites implements ItemEditorViewModel.Written {
        @Override
        public void saved(TableInfo into, Map<String, AttributeValue> stored, ItemRow.Change change) {
            if (table.get() == into) {
                keepSelected(ItemRow.of(into.key(), stored, change));
            }
        }

        @Override
        public void deleted(TableInfo from, ItemKey key) {
            if (table.get() == from) {
                rows.remove(key);
            }
        }
    }

    public ReadForm form() {
        return form;
    }

    public SelectedRows selection() {
        return selection;
    }

    public ItemEditorViewModel editor() {
        return editor;
    }

    public ObservableList<ItemRow> rows() {
        return rows.rows();
    }

    /** The key attributes first, then every attribute in the order it was first seen. */
    public ObservableList<String> columns() {
        return rows.columns();
    }

    /** How wide a column's cells want to be, in characters. */
    public int widthInCharacters(String column) {
        return rows.widthInCharacters(column);
    }

    /** Whether the attribute is part of the table's key or of the read index's key. */
    public boolean isKey(String column) {
        TableInfo shown = table.get();
        return shown != null && (shown.key().attributes().contains(column)
                || shown.indexes().stream().anyMatch(index -> index.key().attributes().contains(column)));
    }

    /** The selected table as described; null while none is, or it is being described. */
    public ReadOnlyObjectProperty<TableInfo> table() {
        return table.getReadOnlyProperty();
    }

    public BooleanBinding tableShown() {
        return tableShown;
    }

    public ReadOnlyBooleanProperty reading() {
        return reader.reading();
    }

    public ReadOnlyStringProperty progress() {
        return reader.progress();
    }

    public ReadOnlyBooleanProperty more() {
        return reader.more();
    }

    /** e.g. "Count 2 of ScannedCount 6 · 1.5 RCU" (capacity on AWS only); empty before a read. */
    public ReadOnlyStringProperty tally() {
        return reader.tally();
    }

    /** e.g. "42 items, more to read" or "42 items, all read". */
    public StringBinding count() {
        return reader.count();
    }

    /** Why the read bar's read cannot run, in one sentence; empty when it can. */
    public ReadOnlyStringProperty readProblem() {
        return readProblem.getReadOnlyProperty();
    }

    /** What the empty table says: no table, an empty table, nothing matching. */
    public StringBinding placeholder() {
        return placeholder;
    }

    /** e.g. "3 changes not shown", for stream records the current read does not show; empty when none. */
    public StringBinding unseenChanges() {
        return unseenChanges;
    }

    /** A row the view should select and scroll to (after a save, or the navigator's "show this item"). */
    public ReadOnlyObjectProperty<ItemRow> rowToSelect() {
        return rowToSelect.getReadOnlyProperty();
    }

    /** The connection is to AWS: deleting needs the table's name typed. */
    public boolean onAws() {
        return session.workspace().get() != null && session.workspace().get().isAws();
    }
}
