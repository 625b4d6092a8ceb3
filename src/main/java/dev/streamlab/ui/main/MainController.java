package dev.streamlab.ui.main;

import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.FxmlView;
import dev.streamlab.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;

/** The window shell: the tables view in the middle, the connection and errors in the status bar. */
public final class MainController {

    private final MainViewModel viewModel;
    private final ErrorReporter errors;
    private final ViewLoader views;

    @FXML
    private BorderPane root;
    @FXML
    private ProgressIndicator connectingIndicator;
    @FXML
    private Label status;
    @FXML
    private Label error;

    public MainController(MainViewModel viewModel, ErrorReporter errors, ViewLoader views) {
        this.viewModel = viewModel;
        this.errors = errors;
        this.views = views;
    }

    @FXML
    private void initialize() {
        root.setCenter(views.load(FxmlView.TABLES));
        status.textProperty().bind(viewModel.status());
        connectingIndicator.visibleProperty().bind(viewModel.connecting());
        connectingIndicator.managedProperty().bind(viewModel.connecting());
        error.textProperty().bind(errors.message());
        error.visibleProperty().bind(errors.message().isNotEmpty());
    }
}
