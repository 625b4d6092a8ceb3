package dev.streamlab.ui.stream;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** How the stream table's cells show a row's ready-made strings. */
final class StreamColumns {

    private StreamColumns() {
    }

    static void text(TableColumn<StreamRow, String> column, Function<StreamRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** INSERT, MODIFY and REMOVE in their colours. */
    static void eventName(TableColumn<StreamRow, String> column) {
        text(column, StreamRow::eventName);
        column.setCellFactory(view -> new StyledCell(eventName -> "event-" + eventName.toLowerCase(Locale.ROOT)));
    }

    /** A record caused by a trigger's write stands out ("↳ 1"); a write made outside any trigger shows nothing. */
    static void depth(TableColumn<StreamRow, String> column) {
        text(column, StreamRow::depth);
        column.setCellFactory(view -> new StyledCell(depth -> depth.isEmpty() ? null : "derived"));
    }

    /** A cell with its text and a style class chosen by that text (or none). */
    private static final class StyledCell extends TableCell<StreamRow, String> {

        private final Function<String, String> styleOf;
        private String applied;

        StyledCell(Function<String, String> styleOf) {
            this.styleOf = styleOf;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            getStyleClass().remove(applied);
            applied = empty || text == null ? null : styleOf.apply(text);
            if (applied != null) {
                getStyleClass().add(applied);
            }
        }
    }
}
