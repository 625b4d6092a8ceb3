package dev.streamlab.ui.trace;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "what" of a step: its kind's icon and its words, coloured by kind, red for a failure, with a tooltip. */
final class TraceStepCell extends TreeTableCell<TraceRow, TraceRow> {

    private static final String FAILURE = "trace-failure";

    private final FontIcon icon = new FontIcon();
    private final Tooltip tooltip = new Tooltip();

    TraceStepCell() {
        icon.getStyleClass().add("trace-icon");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(400));
    }

    @Override
    protected void updateItem(TraceRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(style -> style.startsWith("trace-") || style.startsWith("event-"));
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(row.what());
        icon.setIconLiteral(row.kind().icon());
        setGraphic(icon);
        getStyleClass().add(row.kind().styleClass());
        if (row.failure()) {
            getStyleClass().add(FAILURE);
        }
        tooltip.setText(row.detail());
        setTooltip(tooltip);
    }
}
