package dev.streamlab.ui.items;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The items table's columns, one per attribute as the view-model lists them (keys first), sized to what they
 * show, and its rows, marked when a stream record or a save changed them.
 */
final class ItemColumns {

    /** Cells are monospaced; headers are bold and carry a key icon on key attributes. */
    private static final double CELL_CHARACTER = 7.5;
    private static final double HEADER_CHARACTER = 8.5;
    private static final double PADDING = 30;
    private static final double KEY_ICON = 22;
    private static final double NARROWEST = 64;
    private static final PseudoClass INSERTED = PseudoClass.getPseudoClass("inserted");
    private static final PseudoClass MODIFIED = PseudoClass.getPseudoClass("modified");

    private final ItemsViewModel viewModel;
    private final TableView<ItemRow> table;
    /** Kept per attribute, so a column keeps its place and width while pages land. */
    private final Map<String, TableColumn<ItemRow, CellText>> made = new HashMap<>();

    ItemColumns(ItemsViewModel viewModel, TableView<ItemRow> table) {
        this.viewModel = viewModel;
        this.table = table;
        table.setRowFactory(view -> new ChangedRow());
    }

    /** Shows the view-model's columns; a new table starts with columns of its own. */
    void show(boolean newTable) {
        if (newTable) {
            made.clear();
        }
        table.getColumns().setAll(viewModel.columns().stream().map(name -> made.computeIfAbsent(name, this::column))
                .toList());
    }

    /** Sizes every column to what its cells show, once a read's first rows have landed. */
    void fit() {
        made.forEach(this::size);
    }

    private void size(String attribute, TableColumn<ItemRow, CellText> column) {
        double header = attribute.length() * HEADER_CHARACTER + (column.getGraphic() == null ? 0 : KEY_ICON);
        double cells = viewModel.widthInCharacters(attribute) * CELL_CHARACTER;
        column.setPrefWidth(Math.max(NARROWEST, Math.max(header, cells) + PADDING));
    }

    private TableColumn<ItemRow, CellText> column(String attribute) {
        TableColumn<ItemRow, CellText> column = new TableColumn<>(attribute);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cell(attribute)));
        column.setCellFactory(view -> new TypedCell());
        if (viewModel.isKey(attribute)) {
            column.setGraphic(new FontIcon("fth-key"));
            column.getStyleClass().add("key-column");
        }
        size(attribute, column);
        return column;
    }

    /** Numbers right-aligned, true/false/null muted, text as it is. */
    private static final class TypedCell extends TableCell<ItemRow, CellText> {
        @Override
        protected void updateItem(CellText cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeAll("number-cell", "literal-cell");
            if (empty || cell == null) {
                setText(null);
                return;
            }
            setText(cell.text());
            if (cell.kind() == CellText.Kind.NUMBER) {
                getStyleClass().add("number-cell");
            } else if (cell.kind() == CellText.Kind.LITERAL) {
                getStyleClass().add("literal-cell");
            }
        }
    }

    private static final class ChangedRow extends TableRow<ItemRow> {
        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            ItemRow.Change change = empty || row == null ? ItemRow.Change.NONE : row.change();
            pseudoClassStateChanged(INSERTED, change == ItemRow.Change.INSERTED);
            pseudoClassStateChanged(MODIFIED, change == ItemRow.Change.MODIFIED);
        }
    }
}
