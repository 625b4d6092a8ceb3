package dev.streamlab.ui.stream;

import dev.streamlab.ui.stream.RecordDetails.Fact;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected stream record: its images side by side with the changes marked, its fields, its event JSON. */
public final class RecordDetailsController {

    private final StreamViewModel viewModel;
    private final JsonArea left = new JsonArea("oldImage");
    private final JsonArea right = new JsonArea("newImage");
    private final JsonArea eventJson = new JsonArea("eventJson");
    private final Label leftAbsent = absentLabel();
    private final Label rightAbsent = absentLabel();

    @FXML
    private Label detailNotice;
    @FXML
    private VBox detailPane;
    @FXML
    private Label detailEvent;
    @FXML
    private ToggleGroup detailViews;
    @FXML
    private ToggleButton imagesToggle;
    @FXML
    private ToggleButton fieldsToggle;
    @FXML
    private ToggleButton eventJsonToggle;
    @FXML
    private ToggleButton recordPlainToggle;
    @FXML
    private Region imagesPane;
    @FXML
    private Region fieldsPane;
    @FXML
    private StackPane eventJsonSlot;
    @FXML
    private Label leftTitle;
    @FXML
    private Label rightTitle;
    @FXML
    private StackPane leftSlot;
    @FXML
    private StackPane rightSlot;
    @FXML
    private Label changesLabel;
    @FXML
    private Tooltip changesTooltip;
    @FXML
    private GridPane factsGrid;

    public RecordDetailsController(StreamViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        // Under the side's title, which floats in its top corner to leave every line to the JSON.
        leftSlot.getChildren().addAll(0, List.of(left.node(), leftAbsent));
        rightSlot.getChildren().addAll(0, List.of(right.node(), rightAbsent));
        eventJsonSlot.getChildren().setAll(eventJson.node());
        detailNotice.textProperty().bind(viewModel.notice());
        detailNotice.visibleProperty().bind(viewModel.details().isNull());
        detailPane.visibleProperty().bind(viewModel.details().isNotNull());
        recordPlainToggle.selectedProperty().bindBidirectional(viewModel.plainJson());
        recordPlainToggle.disableProperty().bind(imagesToggle.selectedProperty().not());
        imagesPane.visibleProperty().bind(imagesToggle.selectedProperty());
        fieldsPane.visibleProperty().bind(fieldsToggle.selectedProperty());
        eventJsonSlot.visibleProperty().bind(eventJsonToggle.selectedProperty());
        // One view is always chosen: clicking the chosen one again keeps it.
        detailViews.selectedToggleProperty().addListener((observable, before, now) -> keepChosen(before, now));
        changesLabel.visibleProperty().bind(imagesToggle.selectedProperty());
        changesTooltip.textProperty().bind(changesLabel.textProperty());
        viewModel.details().addListener((observable, before, now) -> show(now));
    }

    private void keepChosen(Toggle before, Toggle now) {
        if (now == null && before != null) {
            detailViews.selectToggle(before);
        }
    }

    private void show(RecordDetails details) {
        if (details == null) {
            return;
        }
        StreamRow row = details.row();
        detailEvent.setText(row.eventName());
        detailEvent.getStyleClass().setAll("label", "event-" + row.eventName().toLowerCase(Locale.ROOT));
        showSide(details.left(), leftTitle, left, leftAbsent);
        showSide(details.right(), rightTitle, right, rightAbsent);
        changesLabel.setText(details.changesText());
        eventJson.show(new MarkedJson(details.eventJson(), List.of()));
        showFacts(details);
    }

    private static void showSide(ImageSide side, Label title, JsonArea area, Label absent) {
        title.setText(side.title());
        boolean shown = side.json() != null;
        area.node().setVisible(shown);
        absent.setVisible(!shown);
        if (shown) {
            area.show(side.json());
        } else {
            absent.setText(side.absent());
        }
    }

    private void showFacts(RecordDetails details) {
        factsGrid.getChildren().clear();
        int row = 0;
        for (Fact fact : details.facts()) {
            Label name = new Label(fact.name());
            name.getStyleClass().add("field-name");
            // A read-only field rather than a label, so that an eventID or a sequence number can be copied.
            TextField value = new TextField(fact.value());
            value.setEditable(false);
            value.getStyleClass().add("fact-value");
            factsGrid.addRow(row++, name, value);
        }
    }

    @FXML
    private void copyEventJson() {
        var details = viewModel.details().get();
        if (details != null) {
            var content = new ClipboardContent();
            content.putString(details.eventJson());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @FXML
    private void showTrace() {
        viewModel.showTrace();
    }

    @FXML
    private void openItem() {
        viewModel.openItem();
    }

    @FXML
    private void close() {
        viewModel.selected().set(null);
    }

    private static Label absentLabel() {
        Label label = new Label();
        label.getStyleClass().add("absent-image");
        label.setWrapText(true);
        return label;
    }
}
