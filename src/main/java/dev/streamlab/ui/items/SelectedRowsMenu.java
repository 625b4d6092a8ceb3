package dev.streamlab.ui.items;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Several rows at once: Shift- and Ctrl-click select them, and the table's context menu (or Delete) deletes them
 * after one question with their count, or exports them through the Items menu's export.
 */
final class SelectedRowsMenu {

    private SelectedRowsMenu() {
    }

    static void attach(TableView<ItemRow> table, ItemsViewModel viewModel) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ItemRow>) change ->
                viewModel.selection().selected(List.copyOf(table.getSelectionModel().getSelectedItems())));
        MenuItem delete = new MenuItem();
        delete.setId("deleteSelected");
        delete.setOnAction(event -> delete(table, viewModel));
        MenuItem export = new MenuItem();
        export.setId("exportSelected");
        export.setOnAction(event -> viewModel.selection().export());
        ContextMenu menu = new ContextMenu(delete, export);
        menu.setOnShowing(event -> {
            int count = table.getSelectionModel().getSelectedItems().size();
            String items = count == 1 ? "1 item" : count + " items";
            delete.setText("Delete " + items + "…");
            export.setText("Export " + items + "…");
            delete.setDisable(count == 0);
            export.setDisable(count == 0);
        });
        table.setContextMenu(menu);
        // The table's own key handler, not an accelerator: that would act wherever the focus is.
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                delete(table, viewModel);
                key.consume();
            }
        });
    }

    private static void delete(TableView<ItemRow> table, ItemsViewModel viewModel) {
        List<ItemRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.isEmpty() || viewModel.table().get() == null) {
            return;
        }
        String name = viewModel.table().get().name();
        if (DeleteQuestion.ask(table.getScene().getWindow(), viewModel.onAws(), name,
                viewModel.selection().question(chosen.size()), "They are deleted from " + name
                        + " in batches of 25; this cannot be undone.")) {
            viewModel.selection().delete(chosen);
        }
    }
}
