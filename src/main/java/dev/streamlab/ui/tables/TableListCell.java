package dev.streamlab.ui.tables;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A table in the list: its name, then its stream badge and item count once described ("…" until then). */
final class TableListCell extends ListCell<TableEntry> {

    private static final String LOADING = "…";

    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label count = new Label();
    private final VBox graphic = new VBox(3, name, new HBox(6, badge, count));
    private final Tooltip countNote = new Tooltip();
    private final ChangeListener<TableSummary> summaryChanged = (observable, before, now) -> show(now);
    private TableEntry shown;

    TableListCell() {
        name.getStyleClass().add("table-cell-name");
        badge.getStyleClass().add("badge");
        count.getStyleClass().add("table-cell-count");
        setText(null);
    }

    @Override
    protected void updateItem(TableEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        // The summary arrives later than the name: the cell follows the entry it shows, and only that one.
        if (shown != null) {
            shown.summary().removeListener(summaryChanged);
        }
        shown = empty ? null : entry;
        if (shown == null) {
            setGraphic(null);
            return;
        }
        name.setText(shown.name());
        shown.summary().addListener(summaryChanged);
        show(shown.summary().get());
        setGraphic(graphic);
    }

    private void show(TableSummary summary) {
        badge.getStyleClass().removeAll("accent", "no-stream");
        if (summary == null) {
            badge.setVisible(false);
            badge.setManaged(false);
            count.setText(LOADING);
            count.setTooltip(null);
            return;
        }
        badge.setVisible(!summary.streamBadge().isEmpty());
        badge.setManaged(badge.isVisible());
        badge.setText(summary.streamBadge());
        badge.getStyleClass().add(summary.hasStream() ? "accent" : "no-stream");
        count.setText(summary.itemCount());
        countNote.setText(summary.itemCountNote());
        count.setTooltip(summary.itemCountNote().isEmpty() ? null : countNote);
    }
}
