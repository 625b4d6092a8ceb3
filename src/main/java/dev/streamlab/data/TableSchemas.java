package dev.streamlab.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Table descriptions, fetched once per table: item checks need the key schema before every write. */
public final class TableSchemas {

    private final TableCatalog catalog;
    private final Map<String, TableInfo> known = new ConcurrentHashMap<>();

    public TableSchemas(TableCatalog catalog) {
        this.catalog = catalog;
    }

    public TableInfo of(String table) {
        return known.computeIfAbsent(table, catalog::describe);
    }

    /** The table was dropped or re-created: describe it again next time. */
    public void forget(String table) {
        known.remove(table);
    }
}
