package dev.streamlab.ui.tables;

import dev.streamlab.ui.common.Session;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the table list's context menu does to a table: its stream and time to live, its CreateTable JSON, and
 * purging its items. Each runs in the background; the notice says what was done, the error path what was not.
 */
public final class TableActions {

    public static final String STREAM_OFF = "Off";
    public static final List<String> VIEW_TYPES = List.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE",
            "NEW_AND_OLD_IMAGES");

    private final Session session;
    private final TableOperations operations;
    private final Function<String, TableSummary> summaries;

    TableActions(Session session, TableOperations operations, Function<String, TableSummary> summaries) {
        this.session = session;
        this.operations = operations;
        this.summaries = summaries;
    }

    /** @param viewType a view type, or {@link #STREAM_OFF} */
    public void setStream(String table, String viewType) {
        operations.setStream(table, STREAM_OFF.equals(viewType) ? Optional.empty() : Optional.of(viewType));
    }

    /** @param attribute blank turns time to live off */
    public void setTimeToLive(String table, String attribute) {
        operations.setTimeToLive(table, Optional.ofNullable(attribute).map(String::strip).filter(a -> !a.isEmpty()));
    }

    /** Reads the table's CreateTable JSON in the background and hands it on, on the FX thread. */
    public void createTableJson(String table, Consumer<String> copied) {
        var database = session.database();
        if (database == null) {
            return;
        }
        session.run(session.task("Copy CreateTable JSON", () -> database.createTableJson(table)).onSuccess(copied));
    }

    public TableConfirmation purgeConfirmation(String table) {
        return TableConfirmation.of(TableConfirmation.Kind.PURGE, table, summaries.apply(table),
                session.workspace().get() != null && session.workspace().get().isAws());
    }

    /** @return whether the purge was started: false for a wrong name, which deletes nothing */
    public boolean purge(TableConfirmation confirmation, String typedName) {
        return operations.purge(confirmation, typedName);
    }
}
