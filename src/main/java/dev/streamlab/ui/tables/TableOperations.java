package dev.streamlab.ui.tables;

import dev.streamlab.data.Database;
import dev.streamlab.data.TableInfo;
import dev.streamlab.data.tables.TableDraft;
import dev.streamlab.ui.common.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What changes the set of tables: seeding a sample-data folder, creating a table from its file, dropping one. One
 * at a time, in the background, saying what it does while it runs and what it did when it is done. Used on the FX
 * thread.
 */
final class TableOperations {

    private final Session session;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final BooleanBinding busy = progress.isNotNull();

    TableOperations(Session session) {
        this.session = session;
    }

    /** What runs now, e.g. "Creating table Orders…"; null when idle. */
    ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** What the last operation did, e.g. "Dropped table Orders."; null once dismissed. */
    ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    BooleanBinding busy() {
        return busy;
    }

    void dismissNotice() {
        notice.set(null);
    }

    /** Creates the folder's missing tables and writes its items, as `streamlab seed` does. */
    void loadSampleData(Path folder) {
        run("Load sample data", "Loading " + folder.getFileName() + ": creating its tables, writing its items…",
                database -> database.seeder().seed(folder), report -> notice.set(SeedReports.inWords(folder, report)));
    }

    /** Creates the table of a CreateTable JSON file, waits until it is ACTIVE, then selects it. */
    void createTable(Path file, Consumer<String> select) {
        run("Create table", "Creating the table of " + file.getFileName() + "; DynamoDB makes it ACTIVE…",
                database -> {
                    List<TableInfo> created = database.admin().load(List.of(file));
                    created.forEach(table -> database.forget(table.name()));
                    return created.get(0).name();
                }, name -> {
                    notice.set("Created table " + name + ".");
                    select.accept(name);
                });
    }

    /** Creates the table the form describes, waits until it is ACTIVE (and its TTL is on), then selects it. */
    boolean createTable(TableDraft draft, Consumer<String> select) {
        return run("Create table", "Creating table " + draft.name().strip() + "; DynamoDB makes it ACTIVE…",
                database -> {
                    String name = database.editor().create(draft).name();
                    database.forget(name);
                    return name;
                }, name -> {
                    notice.set("Created table " + name + ".");
                    select.accept(name);
                });
    }

    /** Turns the table's stream off (empty) or on with a view type. */
    void setStream(String table, Optional<String> viewType) {
        run("Stream", viewType.map(view -> "Turning the stream of " + table + " to " + view + "…")
                        .orElse("Turning the stream of " + table + " off…"),
                database -> database.editor().setStream(table, viewType), info -> notice.set(info.stream()
                        .map(stream -> "The stream of " + table + " is " + stream.viewType() + ".")
                        .orElse("The stream of " + table + " is off.")));
    }

    /** Turns time to live on for an attribute, or off (empty). */
    void setTimeToLive(String table, Optional<String> attribute) {
        run("Time to live", "Changing the time to live of " + table + "…",
                database -> database.editor().setTimeToLive(table, attribute), info -> notice.set(info.ttlAttribute()
                        .map(name -> "Items of " + table + " expire by their " + name + " attribute.")
                        .orElse("Time to live is off for " + table + ".")));
    }

    /** Deletes every item once the confirmation accepts what the user typed; the table stays. */
    boolean purge(TableConfirmation confirmation, String typedName) {
        String table = confirmation.table();
        if (!confirmation.accepts(typedName)) {
            session.errors().report("Purge items", "The name typed is not " + table + ": nothing was deleted.");
            return false;
        }
        return run("Purge items", "Deleting every item of " + table + "…",
                database -> database.purge().purge(table, count -> { }, () -> false),
                count -> notice.set("Deleted " + count + (count == 1 ? " item" : " items") + " of " + table + "."));
    }

    /**
     * Drops the table once the confirmation accepts what the user typed; otherwise writes nothing.
     *
     * @return whether the drop was started
     */
    boolean drop(TableConfirmation confirmation, String typedName, Runnable dropped) {
        String table = confirmation.table();
        if (!confirmation.accepts(typedName)) {
            session.errors().report("Drop table", "The name typed is not " + table + ": nothing was dropped.");
            return false;
        }
        return run("Drop table", "Dropping table " + table + "; DynamoDB deletes it…", database -> {
            // Confirmed above, by a typed name where the endpoint is AWS.
            database.admin().drop(table, true);
            database.forget(table);
            return table;
        }, name -> {
            notice.set("Dropped table " + name + ".");
            dropped.run();
        });
    }

    private <T> boolean run(String source, String doing, Function<Database, T> work, Consumer<T> done) {
        Database database = session.database();
        if (database == null || busy.get()) {
            return false;
        }
        notice.set(null);
        progress.set(doing);
        session.run(session.task(source, () -> work.apply(database))
                .onSuccess(result -> {
                    // A result for a connection the window has left is dropped.
                    if (session.database() == database) {
                        done.accept(result);
                    }
                })
                .andFinally(() -> {
                    progress.set(null);
                    // Even a failure may have changed the set (DynamoDB refused the third of five tables).
                    if (session.database() == database) {
                        session.tableSetChanged();
                    }
                }));
        return true;
    }
}
