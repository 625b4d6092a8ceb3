package dev.streamlab.ui.triggers;

import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The add-mapping form over the EventSourceMapping fields: checked as you type by turning it into a mapping file
 * and reading that file as the host does (one sentence naming the field), then started, or saved as a mapping file.
 */
public final class MappingFormViewModel {

    private static final String SOURCE = "Add mapping";

    private final Session session;
    private final BusyWork work;
    private final BooleanSupplier startPaused;
    private final StringProperty functionName = new SimpleStringProperty(this, "functionName", "");
    private final StringProperty handler = new SimpleStringProperty(this, "handler", "");
    private final StringProperty environment = new SimpleStringProperty(this, "environment", "");
    private final StringProperty table = new SimpleStringProperty(this, "table", "");
    private final StringProperty startingPosition = new SimpleStringProperty(this, "startingPosition", "LATEST");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "");
    private final StringProperty batchingWindow = new SimpleStringProperty(this, "batchingWindow", "");
    private final StringProperty retryAttempts = new SimpleStringProperty(this, "retryAttempts", "");
    private final StringProperty recordAge = new SimpleStringProperty(this, "recordAge", "");
    private final BooleanProperty bisect = new SimpleBooleanProperty(this, "bisect");
    private final BooleanProperty reportFailures = new SimpleBooleanProperty(this, "reportFailures");
    private final StringProperty filterPattern = new SimpleStringProperty(this, "filterPattern", "");
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper added = new ReadOnlyBooleanWrapper(this, "added");

    MappingFormViewModel(Session session, BusyWork work, BooleanSupplier startPaused) {
        this.session = session;
        this.work = work;
        this.startPaused = startPaused;
        Stream.of(functionName, handler, environment, table, startingPosition, batchSize, batchingWindow,
                retryAttempts, recordAge, bisect, reportFailures, filterPattern, destination)
                .forEach(field -> field.addListener((Observable changed) -> checked()));
        handler.addListener((observable, before, now) -> nameAfter(before, now));
        checked();
    }

    // The fields, as the form's controls edit them; blank ones take the host's defaults.
    public StringProperty functionName() { return functionName; }
    public StringProperty handler() { return handler; }
    public StringProperty environment() { return environment; }
    public StringProperty table() { return table; }
    public StringProperty startingPosition() { return startingPosition; }
    public StringProperty batchSize() { return batchSize; }
    public StringProperty batchingWindow() { return batchingWindow; }
    public StringProperty retryAttempts() { return retryAttempts; }
    public StringProperty recordAge() { return recordAge; }
    public BooleanProperty bisect() { return bisect; }
    public BooleanProperty reportFailures() { return reportFailures; }
    public StringProperty filterPattern() { return filterPattern; }
    public StringProperty destination() { return destination; }

    /** What is wrong, in one sentence naming the field; empty when the mapping can be added or saved. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** True while the mapping starts: it must not be added twice. */
    public ReadOnlyBooleanProperty busy() {
        return work.busy();
    }

    /** Becomes true once the mapping runs: the form can close. */
    public ReadOnlyBooleanProperty added() {
        return added.getReadOnlyProperty();
    }

    /** The triggers there are, for the Handler picker. */
    public List<TriggerKind> kinds() {
        return registry().map(found -> found.factories().stream().map(TriggerKind::of).toList()).orElse(List.of());
    }

    /** What the trigger a Handler names does, or empty for a handler class or an unknown name. */
    public String description(String handlerText) {
        return kinds().stream().filter(kind -> kind.handler().equals(handlerText.strip())).findFirst()
                .map(TriggerKind::description).orElse("");
    }

    /** The tables there are, for the TableName picker. */
    public ObservableList<String> tables() {
        return session.tableNames();
    }

    /** Starts the mapping in the background, paused if new mappings start paused. */
    public void add() {
        Workspace open = session.workspace().get();
        Optional<MappingFile> file = checked();
        if (open == null || file.isEmpty()) {
            return;
        }
        String source = "form: " + functionName.get().strip();
        boolean paused = startPaused.getAsBoolean();
        work.run(SOURCE, () -> open.mappings().load(file.get(), source, paused), started -> {
            session.mappingSetChanged();
            added.set(true);
        }, error -> problem.set(sentence(error)));
    }

    /** Writes the form as a mapping file that can be opened later; nothing is written while it has a problem. */
    public void saveAs(Path file) {
        if (checked().isEmpty()) {
            session.errors().report(SOURCE, problem.get());
            return;
        }
        String json = Formats.pretty(draft().toJson());
        work.run("Save mapping file", () -> Files.writeString(file, json), written -> { });
    }

    private Optional<MappingFile> checked() {
        try {
            MappingFile file = draft().check(Path.of("").toAbsolutePath(), registry());
            problem.set("");
            return Optional.of(file);
        } catch (UserInputException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    private MappingDraft draft() {
        return new MappingDraft(functionName.get(), handler.get(), environment.get(), table.get(),
                startingPosition.get(), batchSize.get(), batchingWindow.get(), retryAttempts.get(), recordAge.get(),
                bisect.get(), reportFailures.get(), filterPattern.get(), destination.get());
    }

    private Optional<TriggerRegistry> registry() {
        return Optional.ofNullable(session.workspace().get()).map(Workspace::registry);
    }

    /** Picking a built-in names the function after it, unless the user named it already. */
    private void nameAfter(String before, String now) {
        String name = functionName.get().strip();
        if (name.isEmpty() || name.equals(builtinName(before))) {
            functionName.set(builtinName(now));
        }
    }

    private static String builtinName(String handlerText) {
        return handlerText != null && handlerText.startsWith("builtin:") ? handlerText.substring("builtin:".length())
                : "";
    }

    private static String sentence(Exception error) {
        return error instanceof UserInputException ? error.getMessage()
                : "Could not start the mapping: the details are in the log.";
    }
}
