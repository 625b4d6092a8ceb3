package dev.streamlab.ui.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;

/**
 * Brings the tree's items in line with new rows, reusing the item of each step already shown (matched by id), so
 * that a live update keeps what the user collapsed, selected and scrolled to. New steps come expanded, except a
 * log's lines.
 */
final class TraceTreeItems {

    private TraceTreeItems() {
    }

    static void patch(TreeItem<TraceRow> parent, List<TraceRow> rows) {
        Map<String, TreeItem<TraceRow>> existing = new HashMap<>();
        parent.getChildren().forEach(item -> existing.put(item.getValue().id(), item));
        List<TreeItem<TraceRow>> items = new ArrayList<>(rows.size());
        for (TraceRow row : rows) {
            TreeItem<TraceRow> item = existing.remove(row.id());
            if (item == null) {
                item = new TreeItem<>(row);
                item.setExpanded(row.kind() != TraceRow.Kind.LOG);
            } else if (!item.getValue().equals(row)) {
                item.setValue(row);
            }
            patch(item, row.children());
            items.add(item);
        }
        var children = parent.getChildren();
        if (items.size() > children.size() && items.subList(0, children.size()).equals(children)) {
            // Steps only added, as a live chain grows: append them, leaving the rows shown (and selected) alone.
            children.addAll(items.subList(children.size(), items.size()));
        } else if (!items.equals(children)) {
            children.setAll(items);
        }
    }

    /** The item of the step with this id, searched depth first. */
    static TreeItem<TraceRow> find(TreeItem<TraceRow> parent, String id) {
        for (TreeItem<TraceRow> item : parent.getChildren()) {
            if (item.getValue().id().equals(id)) {
                return item;
            }
            TreeItem<TraceRow> found = find(item, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
