package dev.streamlab.ui.stream;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The live stream: the records as they arrive, their filters, follow and pause; the details are included. */
public final class StreamController {

    private static final int MIN_CAPACITY = 1_000;
    private static final int MAX_CAPACITY = 1_000_000;

    private final StreamViewModel viewModel;
    /** Held here: a bidirectional binding keeps only weak references. */
    private ObjectProperty<Integer> capacity;

    @FXML
    private ComboBox<String> tableChoice;
    @FXML
    private ToggleButton insertToggle;
    @FXML
    private ToggleButton modifyToggle;
    @FXML
    private ToggleButton removeToggle;
    @FXML
    private CustomTextField searchField;
    @FXML
    private ToggleButton streamFollowToggle;
    @FXML
    private ToggleButton pauseToggle;
    @FXML
    private FontIcon pauseIcon;
    @FXML
    private Tooltip pauseTooltip;
    @FXML
    private Button newBadge;
    @FXML
    private Label droppedBadge;
    @FXML
    private Tooltip droppedTooltip;
    @FXML
    private Label streamCount;
    @FXML
    private MenuButton streamSettings;
    @FXML
    private Spinner<Integer> capacitySpinner;
    @FXML
    private TableView<StreamRow> streamTable;
    @FXML
    private TableColumn<StreamRow, String> timeColumn;
    @FXML
    private TableColumn<StreamRow, String> tableColumn;
    @FXML
    private TableColumn<StreamRow, String> eventColumn;
    @FXML
    private TableColumn<StreamRow, String> keysColumn;
    @FXML
    private TableColumn<StreamRow, String> sequenceColumn;
    @FXML
    private TableColumn<StreamRow, String> shardColumn;
    @FXML
    private TableColumn<StreamRow, String> depthColumn;
    @FXML
    private Label streamEmptyState;
    @FXML
    private SplitPane streamSplit;
    @FXML
    private Node recordDetails;

    public StreamController(StreamViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindFollowAndPause();
        bindCounts();
        bindTable();
    }

    private void bindFilters() {
        tableChoice.setItems(viewModel.tableChoices());
        tableChoice.valueProperty().bindBidirectional(viewModel.tableFilter());
        insertToggle.selectedProperty().bindBidirectional(viewModel.showInserts());
        modifyToggle.selectedProperty().bindBidirectional(viewModel.showModifies());
        removeToggle.selectedProperty().bindBidirectional(viewModel.showRemoves());
        searchField.textProperty().bindBidirectional(viewModel.textFilter());
    }

    private void bindFollowAndPause() {
        streamFollowToggle.selectedProperty().bindBidirectional(viewModel.following());
        streamFollowToggle.disableProperty().bind(viewModel.paused());
        pauseToggle.selectedProperty().bindBidirectional(viewModel.paused());
        pauseIcon.iconCodeProperty().bind(Bindings.when(viewModel.paused())
                .<Ikon>then(Feather.PLAY).otherwise(Feather.PAUSE));
        pauseTooltip.textProperty().bind(Bindings.when(viewModel.paused())
                .then("Resume: show the records held while paused")
                .otherwise("Pause the view: new records are held, not shown, until you resume"));
    }

    private void bindCounts() {
        newBadge.textProperty().bind(viewModel.newText());
        newBadge.visibleProperty().bind(viewModel.paused());
        newBadge.managedProperty().bind(newBadge.visibleProperty());
        droppedBadge.textProperty().bind(viewModel.droppedText());
        droppedBadge.visibleProperty().bind(viewModel.dropped().greaterThan(0));
        droppedBadge.managedProperty().bind(droppedBadge.visibleProperty());
        droppedTooltip.textProperty().bind(Bindings.format(
                "The oldest records were dropped to keep the last %,d. Clear starts the count again.",
                viewModel.capacity()));
        streamCount.textProperty().bind(viewModel.countText());
        streamSettings.textProperty().bind(Bindings.format("Keeps the last %,d", viewModel.capacity()));
        var factory = new IntegerSpinnerValueFactory(MIN_CAPACITY, MAX_CAPACITY, viewModel.capacity().get(), 1_000);
        factory.setConverter(new GroupedIntegers(factory::getValue));
        capacitySpinner.setValueFactory(factory);
        capacity = viewModel.capacity().asObject();
        factory.valueProperty().bindBidirectional(capacity);
    }

    private void bindTable() {
        StreamColumns.text(timeColumn, StreamRow::time);
        StreamColumns.text(tableColumn, StreamRow::table);
        StreamColumns.eventName(eventColumn);
        StreamColumns.text(keysColumn, StreamRow::keys);
        StreamColumns.text(sequenceColumn, StreamRow::sequenceNumber);
        StreamColumns.text(shardColumn, StreamRow::shard);
        StreamColumns.depth(depthColumn);
        streamTable.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(streamTable.comparatorProperty());
        streamEmptyState.textProperty().bind(viewModel.emptyState());
        streamTable.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, now) -> viewModel.selected().set(now));
        viewModel.selected().addListener((observable, before, now) -> {
            if (now == null) {
                streamTable.getSelectionModel().clearSelection();
            }
        });
        streamTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.selected().set(null);
            }
        });
        DetailsSplit.install(streamSplit, recordDetails, viewModel.detailsWanted());
        viewModel.onReveal(row -> {
            streamTable.getSelectionModel().select(row);
            streamTable.scrollTo(row);
        });
        FollowScroll.install(streamTable, viewModel.following());
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    @FXML
    private void resume() {
        viewModel.paused().set(false);
    }
}
