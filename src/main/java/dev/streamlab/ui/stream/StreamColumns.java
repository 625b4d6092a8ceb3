package dev.streamlab.ui.stream;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** How the stream table's cells show a row's ready-made strings. */
final class StreamColumns {

    private static final String[] EVENT_STYLES = {"event-insert", "event-modify", "event-remove"};

    private StreamColumns() {
    }

    static void text(TableColumn<StreamRow, String> column, Function<StreamRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** INSERT, MODIFY and REMOVE in their colours. */
    static void eventName(TableColumn<StreamRow, String> column) {
        text(column, StreamRow::eventName);
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String eventName, boolean empty) {
                super.updateItem(eventName, empty);
                getStyleClass().removeAll(EVENT_STYLES);
                setText(empty ? null : eventName);
                if (!empty && eventName != null) {
                    getStyleClass().add("event-" + eventName.toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    /** A record caused by a trigger's write stands out as a badge ("↳ 1"); a user's own write shows nothing. */
    static void depth(TableColumn<StreamRow, String> column) {
        text(column, StreamRow::depth);
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String depth, boolean empty) {
                super.updateItem(depth, empty);
                boolean shown = !empty && depth != null && !depth.isEmpty();
                setText(shown ? depth : null);
                getStyleClass().remove("derived");
                if (shown) {
                    getStyleClass().add("derived");
                }
            }
        });
    }
}
