package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.TableInfo;
import dev.streamlab.ui.common.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rows selected in the items view: deleted in batches after one question with their count (the rows go from
 * the view, and the editor closes if it showed one of them), or exported through the shell's export dialog.
 */
public final class SelectedRows {

    private static final String SOURCE = "Items";

    private final Session session;
    private final ItemRows rows;
    private final ItemEditorViewModel editor;
    private final Supplier<TableInfo> shown;

    SelectedRows(Session session, ItemRows rows, ItemEditorViewModel editor, Supplier<TableInfo> shown) {
        this.session = session;
        this.rows = rows;
        this.editor = editor;
        this.shown = shown;
    }

    /** e.g. "Delete 3 items from Orders?" */
    public String question(int count) {
        return "Delete " + count + (count == 1 ? " item" : " items") + " from " + shown.get().name() + "?";
    }

    /** What Items ▸ Export the selected items writes. */
    public void selected(List<ItemRow> chosen) {
        session.selectedItems().setAll(chosen.stream().map(ItemRow::item).toList());
    }

    /** Asks the shell to export the selected rows, as Items ▸ Export the selected items does. */
    public void export() {
        session.navigator().exportSelectedItems();
    }

    /** Deletes the rows chosen (the view has asked, with {@link #question}). */
    public void delete(List<ItemRow> chosen) {
        TableInfo table = shown.get();
        if (table == null || chosen.isEmpty()) {
            return;
        }
        List<Map<String, AttributeValue>> keys = chosen.stream()
                .map(row -> ItemKey.attributes(table.key(), row.item())).toList();
        Set<ItemKey> deleted = chosen.stream().map(ItemRow::key).collect(Collectors.toSet());
        Database database = session.database();
        session.run(session.task(SOURCE, () -> database.items().deleteAll(table.name(), keys))
                .onSuccess(count -> {
                    if (shown.get() != table) {
                        return;
                    }
                    deleted.forEach(rows::remove);
                    if (deleted.contains(editor.shownKey())) {
                        editor.close();
                    }
                }));
    }
}
