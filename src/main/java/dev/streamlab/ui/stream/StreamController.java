package dev.streamlab.ui.stream;

import javafx.fxml.FXML;

/** The live stream records and the selected record's images. */
public final class StreamController {

    private final StreamViewModel viewModel;

    public StreamController(StreamViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
    }
}
