package dev.streamlab.ui.trace;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;

/** The trace tree as indented lines, "KIND words | table", "(red)" for a failure: what a user reads, in one list. */
final class TraceOutline {

    private TraceOutline() {
    }

    static List<String> of(List<TraceRow> rows) {
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> add(row, 0, lines));
        return lines;
    }

    /** The tree as shown: only the items the view holds, expanded or not. */
    static List<String> ofTree(TreeItem<TraceRow> root) {
        List<String> lines = new ArrayList<>();
        root.getChildren().forEach(item -> addItem(item, 0, lines));
        return lines;
    }

    private static void add(TraceRow row, int depth, List<String> lines) {
        lines.add(line(row, depth));
        row.children().forEach(child -> add(child, depth + 1, lines));
    }

    private static void addItem(TreeItem<TraceRow> item, int depth, List<String> lines) {
        lines.add(line(item.getValue(), depth));
        item.getChildren().forEach(child -> addItem(child, depth + 1, lines));
    }

    private static String line(TraceRow row, int depth) {
        return "  ".repeat(depth) + row.kind() + " " + row.what() + (row.table().isEmpty() ? "" : " | " + row.table())
                + (row.failure() ? " (red)" : "");
    }
}
