package dev.streamlab.ui.triggers;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The trigger log tab: the functions' log lines, and the batches given up on and other warnings. */
public final class TriggerLogController {

    private final TriggerLogViewModel log;

    @FXML
    private ComboBox<String> functionFilter;
    @FXML
    private Label lineCount;
    @FXML
    private TableView<LogRow> logTable;
    @FXML
    private TableColumn<LogRow, String> timeColumn;
    @FXML
    private TableColumn<LogRow, String> functionColumn;
    @FXML
    private TableColumn<LogRow, String> requestColumn;
    @FXML
    private TableColumn<LogRow, String> lineColumn;
    @FXML
    private Label warningsTitle;
    @FXML
    private ListView<WarningRow> warningList;
    @FXML
    private TextArea warningRecords;

    public TriggerLogController(TriggersViewModel viewModel) {
        this.log = viewModel.log();
    }

    @FXML
    private void initialize() {
        functionFilter.setItems(log.functions());
        functionFilter.valueProperty().bindBidirectional(log.functionFilter());
        logTable.setItems(log.lines());
        logTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(timeColumn, LogRow::time);
        column(functionColumn, LogRow::functionName);
        column(requestColumn, LogRow::shortRequestId);
        column(lineColumn, LogRow::line);
        logTable.setRowFactory(table -> new LogTableRow());
        logTable.setPlaceholder(empty("No log lines yet — what a trigger logs (context.log, print) shows here"));
        lineCount.textProperty().bind(Bindings.size(log.lines()).map(count ->
                Formats.plural(count.longValue(), "line", "lines")));
        warningList.setItems(log.warnings());
        warningList.setCellFactory(list -> new WarningCell(log::showTrace));
        warningList.setPlaceholder(empty("Nothing given up on, no loop guard trips, no blocked shards"));
        warningsTitle.textProperty().bind(Bindings.size(log.warnings()).map(count -> count.intValue() == 0
                ? "Warnings" : "Warnings (" + count + ")"));
        warningList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                warningRecords.setText(now == null ? "" : now.title() + (now.records().isEmpty() ? ""
                        : "\n\n" + now.records())));
    }

    private static void column(TableColumn<LogRow, String> column, Function<LogRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static Label empty(String sentence) {
        Label label = new Label(sentence);
        label.getStyleClass().add("empty-state");
        return label;
    }

    @FXML
    private void clear() {
        log.clear();
    }

    /** A log line: its whole text on hover, and the chain of causes of its invocation on request. */
    private final class LogTableRow extends TableRow<LogRow> {
        private final Tooltip tip = new Tooltip();
        private final MenuItem showTrace = new MenuItem("Show trace of this invocation");

        LogTableRow() {
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            showTrace.setOnAction(event -> log.showTrace(getItem().requestId()));
        }

        @Override
        protected void updateItem(LogRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            tip.setText(row.functionName() + " · request " + row.requestId() + "\n" + row.line());
            setTooltip(tip);
            setContextMenu(new ContextMenu(showTrace));
        }
    }

    /** A warning: its kind as a badge and when, over what happened; the chain of causes of its record on request. */
    private static final class WarningCell extends GraphicListCell<WarningRow> {
        private final Label kind = new Label();
        private final Label time = new Label();
        private final Label title = new Label();
        private final VBox lines = new VBox(2, new HBox(6, kind, time), title);
        private final Tooltip tip = new Tooltip();
        private final MenuItem showTrace = new MenuItem("Show trace of its first record");

        WarningCell(Consumer<String> traceShower) {
            time.getStyleClass().add("muted");
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            showTrace.setOnAction(event -> getItem().traceId().ifPresent(traceShower));
        }

        @Override
        protected Node draw(WarningRow row) {
            kind.setText(row.kind());
            kind.getStyleClass().setAll("label", "badge", row.style());
            time.setText(row.time());
            title.setText(row.title());
            tip.setText(row.title());
            setTooltip(tip);
            setContextMenu(row.traceId().isPresent() ? new ContextMenu(showTrace) : null);
            return lines;
        }
    }
}
