package dev.streamlab.ui.triggers;

import javafx.fxml.FXML;

/** The mappings, pause and step, the pending event and the last invocation. */
public final class TriggersController {

    private final TriggersViewModel viewModel;

    public TriggersController(TriggersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
    }
}
