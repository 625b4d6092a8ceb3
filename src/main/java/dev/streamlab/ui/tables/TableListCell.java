package dev.streamlab.ui.tables;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A table in the list: its name, then its stream badge and item count ("…" until described). The
 * name is also the cell's text (not drawn), which is what accessibility tools and UI tests find a table by.
 */
final class TableListCell extends ListCell<TableEntry> {

    private static final String LOADING = "…";

    private final Label name = new Label();
    private final Label count = new Label();
    private final Label badge = new Label();
    private final VBox graphic;
    private final Tooltip countNote = new Tooltip();
    private final ChangeListener<TableSummary> summaryChanged = (observable, before, now) -> show(now);
    private TableEntry shown;

    TableListCell() {
        getStyleClass().add("table-cell");
        name.getStyleClass().add("table-cell-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMinWidth(0);
        count.getStyleClass().add("table-cell-count");
        badge.getStyleClass().add("badge");
        // Badge and count share a line while they fit; in a narrow list the count goes under the badge.
        FlowPane secondLine = new FlowPane(6, 2, badge, count);
        secondLine.setAlignment(Pos.CENTER_LEFT);
        graphic = new VBox(3, name, secondLine);
        graphic.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // As wide as the list, never wider: a long name is shortened rather than scrolled sideways.
        setPrefWidth(0);
    }

    /**
     * Labeled asks its graphic for a height at the cell's whole width, padding included, so the graphic would wrap
     * at one width and be laid out at a narrower one: ask at the width the graphic really gets.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width < 0) {
            return super.computePrefHeight(width);
        }
        return graphic.prefHeight(width - snappedLeftInset() - snappedRightInset()) + snappedTopInset()
                + snappedBottomInset();
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
            setText(null);
            setGraphic(null);
            return;
        }
        setText(shown.name());
        name.setText(shown.name());
        shown.summary().addListener(summaryChanged);
        show(shown.summary().get());
        setGraphic(graphic);
    }

    private void show(TableSummary summary) {
        badge.getStyleClass().removeAll("accent", "no-stream");
        boolean described = summary != null && !summary.streamBadge().isEmpty();
        badge.setVisible(described);
        badge.setManaged(described);
        count.setText(summary == null ? LOADING : summary.itemCount());
        count.setTooltip(summary == null || summary.itemCountNote().isEmpty() ? null : countNote);
        if (summary != null) {
            badge.setText(summary.streamBadge());
            badge.getStyleClass().add(summary.hasStream() ? "accent" : "no-stream");
            countNote.setText(summary.itemCountNote());
        }
    }
}
