package dev.streamlab.ui.tables;

import dev.streamlab.data.tables.IndexDraft;
import dev.streamlab.data.tables.KeyDraft;
import dev.streamlab.data.tables.TableDraft;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create-table form: keys, indexes, billing, stream and TTL as typed, the CreateTable JSON they make (as you
 * type), or the one sentence that says what is missing. Nothing is created while that sentence shows.
 */
public final class TableFormViewModel {

    public static final List<String> KEY_TYPES = List.of("S", "N", "B");
    public static final List<String> PROJECTIONS = List.of("ALL", "KEYS_ONLY", "INCLUDE");

    private final Session session;
    private final Predicate<TableDraft> creator;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty partitionName = new SimpleStringProperty(this, "partitionName", "");
    private final StringProperty partitionType = new SimpleStringProperty(this, "partitionType", "S");
    private final StringProperty sortName = new SimpleStringProperty(this, "sortName", "");
    private final StringProperty sortType = new SimpleStringProperty(this, "sortType", "S");
    private final ObservableList<IndexForm> indexes = FXCollections.observableArrayList(
            index -> index.fields());
    private final BooleanProperty provisioned = new SimpleBooleanProperty(this, "provisioned");
    private final StringProperty readUnits = new SimpleStringProperty(this, "readUnits", "5");
    private final StringProperty writeUnits = new SimpleStringProperty(this, "writeUnits", "5");
    private final StringProperty streamView = new SimpleStringProperty(this, "streamView", "NEW_AND_OLD_IMAGES");
    private final StringProperty ttl = new SimpleStringProperty(this, "ttl", "");
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper(this, "json", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyBooleanWrapper created = new ReadOnlyBooleanWrapper(this, "created");

    /** @param creator starts creating the table; false when it could not start (another change runs) */
    TableFormViewModel(Session session, Predicate<TableDraft> creator) {
        this.session = session;
        this.creator = creator;
        InvalidationListener changed = observable -> check();
        for (var field : List.of(name, partitionName, partitionType, sortName, sortType, provisioned, readUnits,
                writeUnits, streamView, ttl)) {
            field.addListener(changed);
        }
        indexes.addListener(changed);
        check();
    }

    public IndexForm addIndex(boolean local) {
        IndexForm index = new IndexForm(local);
        indexes.add(index);
        return index;
    }

    public void removeIndex(IndexForm index) {
        indexes.remove(index);
    }

    /** Starts creating the table; the form's {@link #created()} turns true once it started. */
    public void create() {
        draft().filter(creator).ifPresent(started -> created.set(true));
    }

    /** Writes the JSON to a file for `streamlab tables load` (TTL is not part of it: that command cannot set it). */
    public void saveAs(Path file) {
        Optional<TableDraft> draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        String text = draft.get().json() + "\n";
        session.run(session.task("Create table", () -> Files.writeString(file, text, StandardCharsets.UTF_8))
                .onSuccess(written -> saved.set("Saved " + file + ": create the table from it with `streamlab tables"
                        + " load " + file.getFileName() + "`" + (ttl.get().isBlank() ? "." : "; set its TTL after.")))
                .onError(Exception.class, e -> problem.set("The file " + file + " could not be written ("
                        + e.getMessage() + ").")));
    }

    private Optional<TableDraft> draft() {
        check();
        return problem.get().isEmpty() ? Optional.of(current()) : Optional.empty();
    }

    private void check() {
        try {
            json.set(current().json());
            problem.set("");
        } catch (UserInputException e) {
            problem.set(e.getMessage());
        }
    }

    private TableDraft current() {
        Optional<KeyDraft> sort = sortName.get().isBlank() ? Optional.empty()
                : Optional.of(new KeyDraft(sortName.get(), sortType.get()));
        List<IndexDraft> drafts = indexes.stream().map(IndexForm::draft).toList();
        return new TableDraft(name.get(), new KeyDraft(partitionName.get(), partitionType.get()), sort, drafts,
                provisioned.get() ? Optional.of(new TableDraft.Capacity(units(readUnits, "Read"),
                        units(writeUnits, "Write"))) : Optional.empty(),
                TableActions.STREAM_OFF.equals(streamView.get()) ? Optional.empty() : Optional.of(streamView.get()),
                ttl.get().isBlank() ? Optional.empty() : Optional.of(ttl.get().strip()));
    }

    private static long units(StringProperty text, String which) {
        try {
            return Long.parseLong(text.get().strip());
        } catch (NumberFormatException e) {
            throw new UserInputException(which + " capacity is \"" + text.get() + "\": give a whole number of units,"
                    + " e.g. 5.");
        }
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty partitionName() {
        return partitionName;
    }

    public StringProperty partitionType() {
        return partitionType;
    }

    public StringProperty sortName() {
        return sortName;
    }

    public StringProperty sortType() {
        return sortType;
    }

    public ObservableList<IndexForm> indexes() {
        return indexes;
    }

    public BooleanProperty provisioned() {
        return provisioned;
    }

    public StringProperty readUnits() {
        return readUnits;
    }

    public StringProperty writeUnits() {
        return writeUnits;
    }

    /** A view type, or "Off". */
    public StringProperty streamView() {
        return streamView;
    }

    public StringProperty ttl() {
        return ttl;
    }

    /** The CreateTable JSON of the form as it was last valid. */
    public ReadOnlyStringProperty json() {
        return json.getReadOnlyProperty();
    }

    /** What the form lacks, in one sentence; empty when the table can be created. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Where the JSON was saved. */
    public ReadOnlyStringProperty saved() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty created() {
        return created.getReadOnlyProperty();
    }
}
