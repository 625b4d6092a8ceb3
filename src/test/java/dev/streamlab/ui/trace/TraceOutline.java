package dev.streamlab.ui.trace;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;

/** The trace tree as indented lines, "KIND words | table", "(red)" for a failure: what a user reads, in one list. */
final class TraceOutline {

    private TraceOutline() {
    }

    /**
     * Email-checker's chain for a put of an item that needs its flag set to true: the put, its INSERT, the
     * invocation with its log line and UpdateItem, the MODIFY that comes round, and then {@code afterModify}.
     */
    static List<String> emailCheckerChain(String table, String id, String afterModify) {
        return List.of(
                "OUTSIDE_WRITE Put by you or a client | " + table,
                "  INSERT INSERT {Id: " + id + "} | " + table,
                "    INVOCATION EmailChecker · Success | " + table,
                "      LOG Updating {\"Id\":{\"S\":\"" + id + "\"}} in " + table + ": IsPersonalEmail=true",
                "      WRITE UpdateItem {Id: " + id + "} | " + table,
                "        MODIFY MODIFY {Id: " + id + "} | " + table,
                "          " + afterModify + " | " + table);
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
