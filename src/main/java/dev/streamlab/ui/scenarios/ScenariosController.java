package dev.streamlab.ui.scenarios;

import javafx.fxml.FXML;

/** The scenario bar: caption, progress and Next. */
public final class ScenariosController {

    private final ScenariosViewModel viewModel;

    public ScenariosController(ScenariosViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
    }
}
