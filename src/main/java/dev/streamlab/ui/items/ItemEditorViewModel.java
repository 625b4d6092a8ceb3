package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.Expressions;
import dev.streamlab.data.TableInfo;
import dev.streamlab.data.code.CodeLanguage;
import dev.streamlab.data.code.WriteRequest;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item editor: one item of the selected table as DynamoDB JSON or plain JSON, checked as it is typed; Save puts
 * it (with an optional condition) and Delete deletes it, in the background through the same ItemStore as the CLI,
 * which checks the key attributes and their types before anything is sent. Nothing is written while the JSON is
 * invalid. Used on the FX thread.
 */
public final class ItemEditorViewModel {

    /** What the editor tells the items view after a write lands. */
    interface Written {
        void saved(TableInfo table, Map<String, AttributeValue> stored, ItemRow.Change change);

        void deleted(TableInfo table, ItemKey key);
    }

    private static final String SOURCE = "Item editor";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Session session;
    private final Written written;
    private final EditorDocument document = new EditorDocument();
    private final ReadOnlyObjectWrapper<EditorNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice",
            EditorNotice.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No item open");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(this, "stored");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Integer> typingStart = new ReadOnlyObjectWrapper<>(this, "typingStart");
    private final ObjectProperty<WriteCondition> condition = new SimpleObjectProperty<>(this, "condition",
            WriteCondition.ALWAYS);
    private final BooleanBinding canSave;
    private final BooleanBinding canDelete;
    private final BooleanBinding canCopy;
    private TableInfo table;
    /** The item as the table holds it; null for a new item (or one deleted meanwhile). */
    private Map<String, AttributeValue> original;
    /** The item as it was opened: the editor is dirty once its text holds anything else. */
    private Map<String, AttributeValue> baseline;
    /** Moves on with every item opened, so a write that lands later does not touch a newer one. */
    private int generation;

    ItemEditorViewModel(Session session, Written written) {
        this.session = session;
        this.written = written;
        this.canSave = open.and(document.problem().isEmpty()).and(busy.not());
        this.canDelete = stored.and(busy.not());
        this.canCopy = open.and(document.problem().isEmpty());
        document.text().addListener((observable, before, now) -> updateDirty());
    }

    /** Shows an item of the table as it is stored. */
    void open(TableInfo table, Map<String, AttributeValue> item) {
        start(table, item, item, WriteCondition.ALWAYS, EditorNotice.NONE);
    }

    /** Starts a new item of the table: its key attributes, to be filled in. */
    void openNew(TableInfo table) {
        start(table, null, ItemText.template(table), WriteCondition.ONLY_IF_NEW, EditorNotice.info(
                "New item: fill in its key, then Save. It is written only if no item has that key."));
        int empty = document.text().get().indexOf("\"\"");
        startTyping(empty < 0 ? 0 : empty + 1);
    }

    /** A copy of the item in the editor, as a new item: change its key, then Save. */
    public void duplicate() {
        if (document.item() == null) {
            notice.set(EditorNotice.warning(table == null ? "Open an item first."
                    : "Fix the JSON first: " + document.problem().get()));
            return;
        }
        start(table, null, document.item(), WriteCondition.ONLY_IF_NEW, EditorNotice.info(
                "A copy: change its key, then Save. It is written only if no item has that key."));
        startTyping(0);
    }

    private void startTyping(int position) {
        typingStart.set(null);
        typingStart.set(position);
    }

    /** Nothing to edit: no table selected, or the connection changed. */
    void close() {
        generation++;
        table = null;
        original = null;
        baseline = null;
        open.set(false);
        stored.set(false);
        title.set("No item open");
        document.clear();
        notice.set(EditorNotice.NONE);
    }

    /** The user typed. */
    public void edit(String newText) {
        document.edit(newText);
    }

    /**
     * Switches between DynamoDB JSON and plain JSON, keeping every value. Refused, with a sentence, while the JSON
     * is invalid, or when plain JSON cannot say what the item holds (sets, binary).
     *
     * @return whether the editor now shows the asked-for form
     */
    public boolean showPlain(boolean wanted) {
        if (wanted == document.plain().get()) {
            return true;
        }
        Optional<String> refused = document.switchTo(wanted);
        notice.set(refused.map(EditorNotice::warning).orElse(EditorNotice.NONE));
        return refused.isEmpty();
    }

    /** Puts the item in the background, then shows it as the table now holds it. */
    public void save() {
        if (!canSave.get()) {
            notice.set(EditorNotice.warning(table == null ? "Select a table first, then open or create an item."
                    : busy.get() ? "Still writing the last change."
                    : "Nothing is written while the JSON is invalid: " + document.problem().get()));
            return;
        }
        TableInfo into = table;
        Map<String, AttributeValue> item = document.item();
        Optional<String> emptyKey = ItemText.emptyKey(into, item);
        if (emptyKey.isPresent()) {
            notice.set(EditorNotice.warning("The key attribute \"" + emptyKey.get() + "\" is empty, and DynamoDB"
                    + " keys cannot be: give it a value, then Save."));
            return;
        }
        WriteCondition when = condition.get();
        boolean keyKept = original != null && ItemKey.of(into.key(), original).equals(ItemKey.of(into.key(), item));
        boolean keyChanged = original != null && !keyKept;
        Database database = session.database();
        write(Tasks.create(() -> {
            database.items().put(into.name(), item, when.expression(), when.expressions(into.key().partitionKey()));
            return database.items().get(into.name(), ItemKey.attributes(into.key(), item)).orElse(item);
        }), "Saving…", (now, at) -> {
            if (at == generation) {
                start(into, now, now, WriteCondition.ALWAYS, EditorNotice.info(keyChanged ? "Saved as a new item at "
                        + now() + ": the key changed, so the item with the old key is still there."
                        : "Saved at " + now() + "."));
            }
            written.saved(into, now, keyKept ? ItemRow.Change.MODIFIED : ItemRow.Change.INSERTED);
        });
    }

    /** Deletes the item the editor opened; the view has asked the user. Its text stays, to Save it back. */
    public void delete() {
        if (!canDelete.get()) {
            notice.set(EditorNotice.warning("Only a saved item can be deleted: open one from the table."));
            return;
        }
        TableInfo from = table;
        Map<String, AttributeValue> key = ItemKey.attributes(from.key(), original);
        Database database = session.database();
        write(Tasks.create(() -> database.items().delete(from.name(), key, Optional.empty(), Expressions.none())),
                "Deleting…", (gone, at) -> {
                    if (at == generation) {
                        removedFromTable("Deleted at " + now() + ". Save puts it back.");
                    }
                    written.deleted(from, ItemKey.of(from.key(), key));
                });
    }

    /**
     * Hands the clipboard the write as code: the put Save would send (with the condition chosen), or the delete of
     * the item's key, both for the JSON as it stands, for this connection's endpoint and region.
     */
    public void copyAs(WriteRequest.Kind kind, CodeLanguage language, Consumer<String> clipboard) {
        Map<String, AttributeValue> item = document.item();
        if (item == null) {
            notice.set(EditorNotice.warning(table == null ? "Open an item first."
                    : "Fix the JSON first: " + document.problem().get()));
            return;
        }
        WriteCondition when = condition.get();
        WriteRequest request = kind == WriteRequest.Kind.PUT
                ? WriteRequest.put(table.name(), item, when.expression(), when.expressions(table.key().partitionKey()))
                : WriteRequest.delete(table.name(), ItemKey.attributes(table.key(), item));
        clipboard.accept(language.write(request, session.workspace().get().codeTarget()));
        notice.set(EditorNotice.info("Copied as " + language.label(kind) + "."));
    }

    /** @param landed gets the result and the generation the write started in */
    private <T> void write(Tasks.Builder<T> work, String doing, BiConsumer<T, Integer> landed) {
        int at = generation;
        busy.set(true);
        notice.set(EditorNotice.info(doing));
        work.onSuccess(result -> landed.accept(result, at))
                .onError(Exception.class, e -> {
                    session.errors().report(SOURCE, e);
                    if (at == generation) {
                        notice.set(EditorNotice.warning(e instanceof UserInputException ? e.getMessage()
                                : "Nothing was written: the details are in the problems list."));
                    }
                })
                .andFinally(() -> busy.set(false))
                .runOnce(session.executor());
    }

    /**
     * A stream record changed the item being edited. Without edits of the user's the editor shows the new
     * version; with them it keeps them and says that Save would overwrite the change.
     */
    void changedInTable(Map<String, AttributeValue> now, String eventName) {
        if (now.equals(original) || busy.get()) {
            // the record of this editor's own write: nothing new to show
            return;
        }
        if (dirty.get()) {
            original = now;
            notice.set(EditorNotice.warning("Changed in the table (" + eventName + ") since you opened it: Save"
                    + " overwrites that change."));
        } else {
            start(table, now, now, condition.get(), EditorNotice.info("Changed in the table (" + eventName + ") at "
                    + now() + ": this is the new version."));
        }
    }

    /** The item is gone from the table: the text stays, and Save puts it back. */
    void removedFromTable(String why) {
        original = null;
        stored.set(false);
        condition.set(WriteCondition.ONLY_IF_NEW);
        title.set("Deleted from " + table.name());
        notice.set(EditorNotice.warning(why));
    }

    /** The key of the stored item being edited, or null. */
    ItemKey shownKey() {
        return original == null ? null : ItemKey.of(table.key(), original);
    }

    /** Whether this is the stored item the editor shows. */
    boolean showing(Map<String, AttributeValue> item) {
        return original != null && original.equals(item);
    }

    private void start(TableInfo table, Map<String, AttributeValue> storedItem, Map<String, AttributeValue> item,
            WriteCondition when, EditorNotice why) {
        generation++;
        this.table = table;
        this.original = storedItem;
        this.baseline = item;
        open.set(true);
        stored.set(storedItem != null);
        title.set(storedItem == null ? "New item" : describeKey(table, storedItem));
        Optional<String> switched = document.show(ItemKey.ordered(table.key(), item));
        updateDirty();
        condition.set(when);
        notice.set(switched.isEmpty() || !why.text().isEmpty() ? why : EditorNotice.info("In DynamoDB JSON: plain"
                + " JSON has no sets or binary, and this item has " + switched.get() + "."));
    }

    private void updateDirty() {
        dirty.set(open.get() && (document.item() == null || !document.item().equals(baseline)));
    }

    private static String describeKey(TableInfo table, Map<String, AttributeValue> item) {
        return String.join(" · ", table.key().attributes().stream()
                .map(name -> item.containsKey(name) ? CellFormatter.format(item.get(name)).text() : "?").toList());
    }

    private static String now() {
        return LocalTime.now().format(TIME);
    }

    public ReadOnlyStringProperty text() {
        return document.text();
    }

    /** Plain JSON (true) or DynamoDB JSON. */
    public ReadOnlyBooleanProperty plain() {
        return document.plain();
    }

    /** Why the JSON cannot be read, naming the line and column; empty when it can. */
    public ReadOnlyStringProperty problem() {
        return document.problem();
    }

    /** The line the problem is on, or 0. */
    public ReadOnlyIntegerProperty problemLine() {
        return document.problemLine();
    }

    /** The column of the JSON problem on its line, from 1; 0 when the problem names none. */
    public ReadOnlyIntegerProperty problemColumn() {
        return document.problemColumn();
    }

    public ReadOnlyObjectProperty<EditorNotice> notice() {
        return notice.getReadOnlyProperty();
    }

    /** The open item's key values (e.g. "42 · 1000"), "New item" or "No item open". */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** An item (new or stored) is open. */
    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    /** The text holds something else than the item as it was opened. */
    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    /** Where typing starts in a new item or a copy (its first value to fill in): the view puts the caret there. */
    public ReadOnlyObjectProperty<Integer> typingStart() {
        return typingStart.getReadOnlyProperty();
    }

    public ObjectProperty<WriteCondition> condition() {
        return condition;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    public BooleanBinding canDelete() {
        return canDelete;
    }

    /** An item is open and its JSON is valid: its put and its delete can be copied as code. */
    public BooleanBinding canCopy() {
        return canCopy;
    }

    /** The table the open item belongs to, for the delete confirmation; null when none is open. */
    public String tableName() {
        return table == null ? null : table.name();
    }
}
