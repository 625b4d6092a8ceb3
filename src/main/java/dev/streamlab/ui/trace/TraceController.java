package dev.streamlab.ui.trace;

import javafx.fxml.FXML;

/** The trace tree. */
public final class TraceController {

    private final TraceViewModel viewModel;

    public TraceController(TraceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
    }
}
