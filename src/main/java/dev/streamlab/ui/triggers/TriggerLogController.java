package dev.streamlab.ui.triggers;

import javafx.fxml.FXML;

/** The functions log lines and the batches given up on. */
public final class TriggerLogController {

    private final TriggersViewModel viewModel;

    public TriggerLogController(TriggersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
    }
}
