package dev.streamlab.ui.triggers;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The mappings table's cells: a pause switch, function over table, the state badge, the counts, a row menu. */
final class MappingTable {

    /** What a row's switch and menu do, given by the controller. */
    record Actions(Consumer<MappingRow> togglePause, Consumer<MappingRow> toggleEnabled,
            Consumer<MappingRow> showDetails, Consumer<MappingRow> unload) {
    }

    private MappingTable() {
    }

    static void install(TableView<MappingRow> table, Columns columns, Actions actions) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        columns.pause().setCellFactory(column -> new PauseCell(actions.togglePause()));
        columns.pause().setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        columns.mapping().setCellFactory(column -> new MappingCell());
        columns.mapping().setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        columns.state().setCellFactory(column -> new StateCell());
        columns.state().setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        text(columns.behind(), MappingRow::behind);
        columns.calls().setCellFactory(column -> new CallsCell());
        columns.calls().setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        text(columns.last(), MappingRow::lastDuration);
        table.setRowFactory(view -> new MappingTableRow(actions));
    }

    /** The table's columns, as the FXML declares them. */
    record Columns(TableColumn<MappingRow, MappingRow> pause, TableColumn<MappingRow, MappingRow> mapping,
            TableColumn<MappingRow, MappingRow> state, TableColumn<MappingRow, String> behind,
            TableColumn<MappingRow, MappingRow> calls, TableColumn<MappingRow, String> last) {
    }

    private static void text(TableColumn<MappingRow, String> column, Function<MappingRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** A cell that draws its whole row as a graphic, and nothing on an empty row. */
    private abstract static class RowCell extends TableCell<MappingRow, MappingRow> {
        @Override
        protected final void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            setGraphic(empty || row == null ? null : draw(row));
        }

        abstract Node draw(MappingRow row);
    }

    private static final class PauseCell extends RowCell {
        private final Button button = new Button();
        private final Tooltip tip = new Tooltip();

        PauseCell(Consumer<MappingRow> toggle) {
            button.getStyleClass().addAll("flat", "small", "pause-switch");
            button.setTooltip(tip);
            button.setFocusTraversable(false);
            button.setOnAction(event -> toggle.accept(getItem()));
        }

        @Override
        Node draw(MappingRow row) {
            button.setGraphic(new FontIcon(row.paused() ? "fth-play" : "fth-pause"));
            tip.setText((row.paused() ? "Resume " : "Pause ") + row.functionName());
            return button;
        }
    }

    private static final class MappingCell extends RowCell {
        private final TitledLines lines = new TitledLines();

        @Override
        Node draw(MappingRow row) {
            return lines.show(row.functionName(), "← " + row.table());
        }
    }

    private static final class StateCell extends RowCell {
        private final Label badge = new Label();

        @Override
        Node draw(MappingRow row) {
            badge.setText(row.stateText());
            badge.getStyleClass().setAll("label", "badge");
            if (!row.stateStyle().isEmpty()) {
                badge.getStyleClass().add(row.stateStyle());
            }
            return badge;
        }
    }

    /** Invocations, and under them the failed ones in red when there are any. */
    private static final class CallsCell extends RowCell {
        private final Label invocations = new Label();
        private final Label errors = new Label();
        private final VBox lines = new VBox(invocations, errors);

        CallsCell() {
            errors.getStyleClass().add("failing");
            errors.managedProperty().bind(errors.visibleProperty());
            lines.setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        Node draw(MappingRow row) {
            invocations.setText(row.invocations());
            errors.setText(row.errors() + " err");
            errors.setVisible(row.failing());
            return lines;
        }
    }

    /** The row's tooltip (its state and settings) and menu (pause, enable, settings, unload). */
    private static final class MappingTableRow extends TableRow<MappingRow> {
        private final Actions actions;
        private final Tooltip tip = new Tooltip();

        MappingTableRow(Actions actions) {
            this.actions = actions;
            tip.setShowDelay(Duration.millis(600));
            tip.getStyleClass().add("settings-tooltip");
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            tip.setText(row.tooltip());
            setTooltip(tip);
            setContextMenu(menu(row));
        }

        private ContextMenu menu(MappingRow row) {
            return new ContextMenu(
                    item(row.paused() ? "Resume" : "Pause", row.paused() ? "fth-play" : "fth-pause",
                            () -> actions.togglePause().accept(row)),
                    item(row.enabled() ? "Disable reader" : "Enable reader", "fth-power",
                            () -> actions.toggleEnabled().accept(row)),
                    item("Settings…", "fth-sliders", () -> actions.showDetails().accept(row)),
                    new SeparatorMenuItem(),
                    item("Unload " + row.sourceName(), "fth-trash-2", () -> actions.unload().accept(row)));
        }

        private static MenuItem item(String text, String icon, Runnable action) {
            MenuItem item = new MenuItem(text, new FontIcon(icon));
            item.setOnAction(event -> action.run());
            return item;
        }
    }
}
