package dev.streamlab.ui.tables;

import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** The table list on the left. */
public final class TablesController {

    private final TablesViewModel viewModel;

    @FXML
    private ListView<String> tableList;
    @FXML
    private ProgressIndicator loadingIndicator;

    public TablesController(TablesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tableList.setItems(viewModel.tableNames());
        tableList.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, now) -> viewModel.select(now));
        loadingIndicator.visibleProperty().bind(viewModel.loading());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
