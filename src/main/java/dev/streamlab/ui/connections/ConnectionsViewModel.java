package dev.streamlab.ui.connections;

import dev.streamlab.connect.AwsProfiles;
import dev.streamlab.connect.Connection;
import dev.streamlab.connect.SavedConnection;
import dev.streamlab.data.ConnectionsFile.SavedConnections;
import dev.streamlab.data.Database;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connections list: the embedded server, saved local endpoints and AWS profiles, and those in ~/.aws; a form
 * to add, edit, test and remove them; and the switch. The file is read and written in the background.
 */
public final class ConnectionsViewModel {

    private final Session session;
    private final AwsProfiles profiles;
    private final ObservableList<ConnectionEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final ConnectionForm form = new ConnectionForm();
    private final ReadOnlyObjectWrapper<ConnectionEntry> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current");
    private SavedConnections saved = new SavedConnections(List.of(), Optional.empty());
    /** The connection the user asked for, until the session has opened it or failed to. */
    private String switching;

    public ConnectionsViewModel(Session session, AwsProfiles profiles) {
        this.session = session;
        this.profiles = profiles;
        session.workspace().addListener((observable, before, now) -> current.set(now == null ? null : now.name()));
        session.connecting().addListener((observable, before, connecting) -> {
            if (!connecting && switching != null) {
                switched();
            }
        });
    }

    private void switched() {
        if (session.workspace().get() != null) {
            say("Connected to " + switching + ".", false);
        } else {
            var problem = session.errors().latest().get();
            say(problem == null ? "Could not connect to " + switching + "." : problem.message(), true);
        }
        switching = null;
        reload();
    }

    public ObservableList<ConnectionEntry> entries() {
        return entries;
    }

    /** The profile names in ~/.aws, offered when an AWS connection is typed. */
    public ObservableList<String> profileNames() {
        return profileNames;
    }

    public ConnectionForm form() {
        return form;
    }

    /** The entry the form shows; null for a new one. */
    public ReadOnlyObjectProperty<ConnectionEntry> editing() {
        return editing.getReadOnlyProperty();
    }

    /** What the last action said: a test's answer, a check that failed, what was saved. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The name of the connection the window is on now, or null. */
    public ReadOnlyStringProperty current() {
        return current.getReadOnlyProperty();
    }

    /** Reads the saved connections and the profiles in ~/.aws again. */
    public void reload() {
        run(Tasks.create(() -> new Found(session.connectionsFile().read(), profiles.list()))
                .onSuccess(found -> {
                    saved = found.saved();
                    profileNames.setAll(found.profiles().stream().map(AwsProfiles.Profile::name).toList());
                    entries.setAll(ConnectionEntries.of(found.saved(), found.profiles()));
                }));
    }

    private record Found(SavedConnections saved, List<AwsProfiles.Profile> profiles) {
    }

    public void edit(ConnectionEntry entry) {
        editing.set(entry);
        form.show(entry == null ? null : entry.connection());
        say("", false);
    }

    public void newConnection() {
        edit(null);
    }

    /** Saves the form as a new connection, or in the place of the one edited; nothing is saved if it is wrong. */
    public void save() {
        Optional<SavedConnection> checked = checkedForm();
        if (checked.isEmpty()) {
            return;
        }
        SavedConnection connection = checked.get();
        String replacing = editing.get() != null && editing.get().removable() ? editing.get().name() : null;
        if (saved.named(connection.name()).isPresent() && !connection.name().equals(replacing)) {
            say("A connection called \"" + connection.name() + "\" is saved already: give this one another name.",
                    true);
            return;
        }
        String done = "Saved \"" + connection.name() + "\" in " + session.connectionsFile().location() + ".";
        write(saved.with(connection, replacing == null ? connection.name() : replacing), done, connection.name());
    }

    public void remove() {
        ConnectionEntry entry = editing.get();
        if (entry == null || !entry.removable()) {
            return;
        }
        write(saved.without(entry.name()), "Removed \"" + entry.name() + "\".", null);
    }

    /** Opens the form's connection in the background, lists its tables, and closes it again. */
    public void test() {
        Optional<SavedConnection> checked = checkedForm();
        if (checked.isEmpty()) {
            return;
        }
        SavedConnection target = checked.get();
        say("Testing " + target.name() + "…", false);
        run(Tasks.create(() -> {
            try (Connection connection = target.open()) {
                return new Database(connection).tables().listTables().size();
            }
        }).onSuccess(tables -> say(target.name() + " answers: " + tables + (tables == 1 ? " table." : " tables."),
                false)));
    }

    /** Switches the window to the form's connection; the old one's triggers, readers and views stop. */
    public void connect() {
        Optional<SavedConnection> checked = checkedForm();
        checked.ifPresent(target -> {
            say("Connecting to " + target.name() + "…", false);
            switching = target.name();
            session.switchTo(target);
        });
    }

    private Optional<SavedConnection> checkedForm() {
        try {
            return Optional.of(form.checked());
        } catch (UserInputException e) {
            say(e.getMessage(), true);
            return Optional.empty();
        }
    }

    private void write(SavedConnections next, String done, String select) {
        run(Tasks.create(() -> {
            session.connectionsFile().write(next);
            return new Found(next, profiles.list());
        }).onSuccess(found -> {
            saved = found.saved();
            entries.setAll(ConnectionEntries.of(found.saved(), found.profiles()));
            edit(entries.stream().filter(e -> e.name().equals(select)).findFirst().orElse(null));
            say(done, false);
        }));
    }

    private void run(Tasks.Builder<?> task) {
        busy.set(true);
        task.onError(Exception.class, e -> say(ErrorReporter.sentenceFor(e), true))
                .andFinally(() -> busy.set(false))
                .runOnce(session.executor());
    }

    private void say(String words, boolean problem) {
        message.set(words);
        failed.set(problem);
    }
}
