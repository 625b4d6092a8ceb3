package dev.streamlab.ui.items;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the items table shows and its columns: the key attributes first, then every attribute in the order it
 * was first seen. A row whose key is already shown is replaced in place, never added twice (a page read after a
 * stream record brought the same item, a save of a shown item). Used on the FX thread.
 */
final class ItemRows {

    /** Cells wider than this many characters do not widen their column further. */
    private static final int WIDEST = 30;
    private static final int SAMPLED = 100;

    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();

    ObservableList<ItemRow> rows() {
        return rows;
    }

    ObservableList<String> columns() {
        return columns;
    }

    void reset(List<String> keyColumns) {
        rows.clear();
        columns.setAll(keyColumns);
    }

    /** Adds rows, replacing in place those whose key is already shown. */
    void upsert(List<ItemRow> changed) {
        Map<ItemKey, Integer> positions = positions();
        List<ItemRow> added = new ArrayList<>();
        for (ItemRow row : changed) {
            Integer at = positions.get(row.key());
            if (at == null) {
                positions.put(row.key(), rows.size() + added.size());
                added.add(row);
            } else if (at < rows.size()) {
                rows.set(at, row);
            } else {
                added.set(at - rows.size(), row);
            }
        }
        rows.addAll(added);
        learnColumns(changed);
    }

    boolean remove(ItemKey key) {
        return rows.removeIf(row -> row.key().equals(key));
    }

    ItemRow find(ItemKey key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst().orElse(null);
    }

    /** How wide a column's cells want to be, in characters: its widest cell among the first rows. */
    int widthInCharacters(String column) {
        int widest = 0;
        for (ItemRow row : rows.subList(0, Math.min(rows.size(), SAMPLED))) {
            widest = Math.max(widest, row.cell(column).text().length());
        }
        return Math.min(widest, WIDEST);
    }

    private Map<ItemKey, Integer> positions() {
        Map<ItemKey, Integer> positions = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            positions.put(rows.get(i).key(), i);
        }
        return positions;
    }

    private void learnColumns(List<ItemRow> changed) {
        Set<String> seen = new LinkedHashSet<>(columns);
        for (ItemRow row : changed) {
            seen.addAll(row.item().keySet());
        }
        if (seen.size() > columns.size()) {
            columns.addAll(new ArrayList<>(seen).subList(columns.size(), seen.size()));
        }
    }

    /** The type of the attribute in the first item read that has it, e.g. "N". */
    Optional<String> typeSeen(String attribute) {
        return rows.stream().map(row -> row.item().get(attribute)).filter(value -> value != null)
                .findFirst().map(value -> value.type().toString());
    }
}
