package dev.streamlab.ui.items;

import dev.streamlab.data.ItemPageRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What stream records change: the rows shown and the item in the editor. Used on the FX thread. */
final class ShownItems implements LiveChanges.Target {

    private final ItemRows rows;
    private final ItemEditorViewModel editor;
    private final Supplier<ItemPageRequest> read;
    private final Consumer<ItemRow> reselect;

    /**
     * @param read     the read the rows came from
     * @param reselect selects a row again: replacing a row can lose the table's selection
     */
    ShownItems(ItemRows rows, ItemEditorViewModel editor, Supplier<ItemPageRequest> read, Consumer<ItemRow> reselect) {
        this.rows = rows;
        this.editor = editor;
        this.read = read;
        this.reselect = reselect;
    }

    @Override
    public boolean follows(ItemKey key) {
        return rows.find(key) != null || key.equals(editor.shownKey());
    }

    /** An unfiltered scan of the table lists every item, so a new one belongs in it; any other read may not. */
    @Override
    public boolean addsNewItems() {
        ItemPageRequest request = read.get();
        return request != null && !request.isQuery() && request.index().isEmpty() && request.filter().isEmpty();
    }

    @Override
    public void changed(ItemRow row, String eventName) {
        boolean edited = row.key().equals(editor.shownKey());
        if (edited) {
            editor.changedInTable(row.item(), eventName);
        }
        if (rows.find(row.key()) != null || addsNewItems()) {
            rows.upsert(List.of(row));
            if (edited) {
                reselect.accept(rows.find(row.key()));
            }
        }
    }

    @Override
    public void removed(ItemKey key) {
        rows.remove(key);
        if (key.equals(editor.shownKey())) {
            editor.removedFromTable("Deleted from the table by a stream record (REMOVE): Save puts it back.");
        }
    }
}
