package dev.streamlab.ui.triggers;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** Step by step: pause all, the batches waiting, the exact event of the one shown, Step and Resume. */
public final class StepController {

    private final TriggersViewModel viewModel;
    private final StepViewModel stepping;

    @FXML
    private ToggleButton pauseAllToggle;
    @FXML
    private Button stepButton;
    @FXML
    private Button resumeButton;
    @FXML
    private Button resumeAllButton;
    @FXML
    private VBox pendingBox;
    @FXML
    private ListView<PendingRow> pendingList;
    @FXML
    private CodeArea pendingEvent;
    @FXML
    private Label stepHint;

    public StepController(TriggersViewModel viewModel) {
        this.viewModel = viewModel;
        this.stepping = viewModel.stepping();
    }

    @FXML
    private void initialize() {
        pendingList.setItems(stepping.pending());
        pendingList.setCellFactory(list -> new PendingCell());
        // As tall as the batches waiting, up to three: the event below matters more than the list.
        pendingList.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(3,
                Math.max(1, stepping.pending().size())) * PendingCell.HEIGHT + 4, stepping.pending()));
        pendingList.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, now) -> stepping.select(now));
        stepping.selected().addListener((observable, before, now) -> {
            if (now != null && pendingList.getSelectionModel().getSelectedItem() != now) {
                pendingList.getSelectionModel().select(now);
            }
        });
        pendingList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                stepping.step();
                event.consume();
            }
        });
        stepping.pendingEvent().addListener((observable, before, json) -> showEvent(json));
        var noMappings = Bindings.isEmpty(viewModel.mappings().rows());
        stepButton.disableProperty().bind(stepping.selected().isNull());
        resumeButton.disableProperty().bind(stepping.selected().isNull());
        resumeAllButton.disableProperty().bind(noMappings);
        pauseAllToggle.disableProperty().bind(noMappings);
        pauseAllToggle.textProperty().bind(Bindings.when(pauseAllToggle.selectedProperty())
                .then("All paused").otherwise("Pause all"));
        viewModel.mappings().allPaused().addListener((observable, before, now) -> pauseAllToggle.setSelected(now));
        stepHint.textProperty().bind(stepping.hint());
        stepHint.visibleProperty().bind(stepping.hint().isNotEmpty());
        pendingBox.visibleProperty().bind(stepping.hint().isEmpty());
    }

    private void showEvent(String json) {
        pendingEvent.replaceText(json);
        if (!json.isEmpty()) {
            pendingEvent.setStyleSpans(0, JsonHighlight.of(json));
        }
        pendingEvent.moveTo(0);
        pendingEvent.showParagraphAtTop(0);
    }

    @FXML
    private void togglePauseAll() {
        viewModel.togglePauseAll();
        // The button flips itself when clicked; the mappings decide what it shows.
        pauseAllToggle.setSelected(viewModel.mappings().allPaused().get());
    }

    @FXML
    private void step() {
        viewModel.step();
    }

    @FXML
    private void resumeSelected() {
        stepping.resumeSelected();
    }

    @FXML
    private void resumeAll() {
        viewModel.resumeAll();
    }

    /** A waiting batch: its mapping and table, then its records, shard and since when. */
    private static final class PendingCell extends GraphicListCell<PendingRow> {
        static final double HEIGHT = 42;
        private final TitledLines lines = new TitledLines();
        private final Tooltip tip = new Tooltip();

        PendingCell() {
            setPrefHeight(HEIGHT);
        }

        @Override
        protected Node draw(PendingRow row) {
            tip.setText("Batch " + row.id() + "\nShard " + row.shardId() + "\nEnter or F10 delivers it");
            setTooltip(tip);
            return lines.show(row.title(), row.detail());
        }
    }
}
