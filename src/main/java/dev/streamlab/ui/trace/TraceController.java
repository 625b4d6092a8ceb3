package dev.streamlab.ui.trace;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import java.util.function.Function;

/**
 * The trace tree. Browsing it moves nothing else: a step opens in its own view (the record in the Stream tab, the
 * item in the Items tab) only on an explicit action, Enter, a double-click, the Show button or the context menu.
 */
public final class TraceController {

    private final TraceViewModel viewModel;
    private final TreeItem<TraceRow> root = new TreeItem<>();

    @FXML
    private Label traceTitle;
    @FXML
    private Tooltip titleTooltip;
    @FXML
    private Label traceSummary;
    @FXML
    private Button showButton;
    @FXML
    private ToggleButton traceFollowToggle;
    @FXML
    private TreeTableView<TraceRow> traceTree;
    @FXML
    private TreeTableColumn<TraceRow, TraceRow> whatColumn;
    @FXML
    private TreeTableColumn<TraceRow, String> tableColumn;
    @FXML
    private TreeTableColumn<TraceRow, String> timeColumn;
    @FXML
    private TreeTableColumn<TraceRow, String> durationColumn;
    @FXML
    private Label traceEmptyState;

    public TraceController(TraceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        traceTitle.textProperty().bind(viewModel.title());
        titleTooltip.textProperty().bind(viewModel.title());
        traceSummary.textProperty().bind(viewModel.summary());
        traceEmptyState.textProperty().bind(viewModel.emptyMessage());
        traceFollowToggle.selectedProperty().bindBidirectional(viewModel.followLatest());
        traceTree.setRoot(root);
        traceTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        whatColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        whatColumn.setCellFactory(column -> new TraceStepCell());
        text(tableColumn, TraceRow::table);
        text(timeColumn, TraceRow::time);
        text(durationColumn, TraceRow::duration);
        showButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null
                || selected().target().isEmpty(), traceTree.getSelectionModel().selectedItemProperty()));
        openOnDoubleClickOrEnter();
        traceTree.setContextMenu(contextMenu());
        viewModel.rows().addListener(this::rowsChanged);
        rowsChanged(viewModel.rows());
    }

    private static void text(TreeTableColumn<TraceRow, String> column, Function<TraceRow, String> field) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(field.apply(cell.getValue().getValue())));
    }

    /** Also when the rows are equal to the last: a chosen step must be selected even if the chain is the same. */
    private void rowsChanged(Observable rows) {
        TreeItem<TraceRow> selected = traceTree.getSelectionModel().getSelectedItem();
        TraceTreeItems.patch(root, viewModel.rows().get());
        String focus = viewModel.takeFocus();
        TreeItem<TraceRow> item = focus == null ? null : TraceTreeItems.find(root, focus);
        if (item != null) {
            traceTree.getSelectionModel().select(item);
            traceTree.scrollTo(Math.max(0, traceTree.getRow(item) - 2));
        } else if (selected != null && traceTree.getRow(selected) < 0) {
            // The selected step left the tree: selection by index would land on an unrelated one.
            traceTree.getSelectionModel().clearSelection();
        } else if (selected != null && traceTree.getSelectionModel().getSelectedItem() != selected) {
            // Still there, but replacing its siblings cleared the selection: a live update must not undo a choice.
            traceTree.getSelectionModel().select(selected);
        }
    }

    private void openOnDoubleClickOrEnter() {
        traceTree.setRowFactory(tree -> {
            TreeTableRow<TraceRow> row = new TreeTableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        traceTree.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && selected() != null) {
                viewModel.open(selected());
                key.consume();
            }
        });
    }

    private ContextMenu contextMenu() {
        MenuItem show = new MenuItem("Show");
        show.setOnAction(event -> showSelected());
        MenuItem history = new MenuItem("Trace this item's history");
        history.setOnAction(event -> viewModel.showHistoryOf(selected()));
        ContextMenu menu = new ContextMenu(show, history);
        menu.setOnShowing(event -> {
            show.setText(selected() == null ? "Show" : viewModel.showWords(selected()));
            show.setDisable(selected() == null || selected().target().isEmpty());
            history.setDisable(selected() == null || selected().item().isEmpty());
        });
        return menu;
    }

    @FXML
    private void showSelected() {
        if (selected() != null) {
            viewModel.open(selected());
        }
    }

    private TraceRow selected() {
        TreeItem<TraceRow> item = traceTree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }
}
