package dev.streamlab.ui.items;

import javafx.fxml.FXML;

/** The items table with its query bar, and the item editor. */
public final class ItemsController {

    private final ItemsViewModel viewModel;

    public ItemsController(ItemsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
    }
}
