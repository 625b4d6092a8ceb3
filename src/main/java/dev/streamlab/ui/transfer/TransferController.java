package dev.streamlab.ui.transfer;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;

/** An export's or import's progress, then its result and the lines that could not be written. */
public final class TransferController {

    private final TransferViewModel viewModel;

    @FXML
    private Label transferTitle;
    @FXML
    private ProgressBar transferProgress;
    @FXML
    private Label transferStatus;
    @FXML
    private ListView<String> transferFailures;
    @FXML
    private Button cancelTransferButton;

    public TransferController(TransferViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        transferTitle.textProperty().bind(viewModel.title());
        transferStatus.textProperty().bind(viewModel.status());
        transferProgress.visibleProperty().bind(viewModel.running());
        transferProgress.managedProperty().bind(viewModel.running());
        transferProgress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        transferFailures.setItems(viewModel.failures());
        transferFailures.visibleProperty().bind(Bindings.isNotEmpty(viewModel.failures()));
        transferFailures.managedProperty().bind(transferFailures.visibleProperty());
        cancelTransferButton.disableProperty().bind(viewModel.running().not());
        viewModel.failed().addListener((observable, before, failed) -> {
            transferStatus.getStyleClass().remove("error");
            if (failed) {
                transferStatus.getStyleClass().add("error");
            }
        });
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
