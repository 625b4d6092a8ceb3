package dev.streamlab.ui.triggers;

import javafx.scene.Node;
import javafx.scene.control.ListCell;

/** A list cell that draws its item as a graphic, and clears the graphic, tooltip and menu when it holds none. */
abstract class GraphicListCell<T> extends ListCell<T> {


    GraphicListCell() {
        // Long text ends in an ellipsis (or wraps) rather than scrolling the list sideways.
        setPrefWidth(0);
    }

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setContextMenu(null);
        } else {
            setGraphic(draw(item));
        }
    }

    /** The item's graphic; may also set the cell's text (which wraps, unlike a label inside it), tooltip and menu. */
    protected abstract Node draw(T item);
}
