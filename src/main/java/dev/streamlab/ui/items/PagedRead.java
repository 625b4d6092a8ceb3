package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import java.util.Optional;
import java.util.function.IntConsumer;

/** A read the items view shows a page at a time: a scan or query of the table, or a PartiQL statement. */
sealed interface PagedRead permits TablePages, StatementPages {

    int pageSize();

    /** Reads the next page in the background; stops between requests once the thread is interrupted. */
    PageRead read(Database database, TableInfo.KeySchema key, IntConsumer progress);

    /** The scan or query, for what only table reads have (live changes, the empty table's words). */
    default Optional<ItemPageRequest> tableRequest() {
        return Optional.empty();
    }

    /** Whether the page may be short of matches (a filter or a WHERE), for the progress's words. */
    boolean filtered();
}
