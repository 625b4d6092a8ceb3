package dev.streamlab.ui.triggers;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** The add-mapping form's fields, bound to its view-model, which checks them as they change. */
public final class MappingFormController {

    private final MappingFormViewModel form;

    @FXML
    private ComboBox<String> handlerBox;
    @FXML
    private Label handlerDescription;
    @FXML
    private TextField functionNameField;
    @FXML
    private TextArea environmentArea;
    @FXML
    private ComboBox<String> tableBox;
    @FXML
    private ComboBox<String> startingPositionBox;
    @FXML
    private TextField batchSizeField;
    @FXML
    private TextField batchingWindowField;
    @FXML
    private TextField retryAttemptsField;
    @FXML
    private TextField recordAgeField;
    @FXML
    private CheckBox bisectBox;
    @FXML
    private CheckBox reportFailuresBox;
    @FXML
    private TextField filterField;
    @FXML
    private TextField destinationField;
    @FXML
    private HBox problemBox;
    @FXML
    private Label problemLabel;

    public MappingFormController(MappingFormViewModel form) {
        this.form = form;
    }

    @FXML
    private void initialize() {
        handlerBox.getItems().setAll(form.kinds().stream().map(TriggerKind::handler).toList());
        handlerBox.setCellFactory(list -> new KindCell(form));
        handlerBox.getEditor().textProperty().bindBidirectional(form.handler());
        handlerDescription.textProperty().bind(Bindings.createStringBinding(() -> form.description(form.handler().get()),
                form.handler()));
        functionNameField.textProperty().bindBidirectional(form.functionName());
        environmentArea.textProperty().bindBidirectional(form.environment());
        tableBox.setItems(form.tables());
        tableBox.getEditor().textProperty().bindBidirectional(form.table());
        startingPositionBox.getItems().setAll("LATEST", "TRIM_HORIZON");
        startingPositionBox.valueProperty().bindBidirectional(form.startingPosition());
        batchSizeField.textProperty().bindBidirectional(form.batchSize());
        batchingWindowField.textProperty().bindBidirectional(form.batchingWindow());
        retryAttemptsField.textProperty().bindBidirectional(form.retryAttempts());
        recordAgeField.textProperty().bindBidirectional(form.recordAge());
        bisectBox.selectedProperty().bindBidirectional(form.bisect());
        reportFailuresBox.selectedProperty().bindBidirectional(form.reportFailures());
        filterField.textProperty().bindBidirectional(form.filterPattern());
        destinationField.textProperty().bindBidirectional(form.destination());
        problemLabel.textProperty().bind(form.problem());
        problemBox.visibleProperty().bind(form.problem().isNotEmpty());
    }

    /** A trigger in the Handler picker: as a mapping names it, over what it does. */
    private static final class KindCell extends GraphicListCell<String> {
        private final Label name = new Label();
        private final MappingFormViewModel form;

        KindCell(MappingFormViewModel form) {
            this.form = form;
            name.getStyleClass().add("mapping-function");
            setWrapText(true);
            setContentDisplay(ContentDisplay.TOP);
        }

        @Override
        protected Node draw(String handler) {
            name.setText(handler);
            setText(form.description(handler));
            return name;
        }
    }

    @FXML
    private void chooseDestination() {
        var chooser = new FileChooser();
        chooser.setTitle("File for the batches given up on");
        chooser.setInitialFileName("failures.jsonl");
        File file = chooser.showSaveDialog(destinationField.getScene().getWindow());
        if (file != null) {
            form.destination().set(file.getAbsolutePath());
        }
    }
}
