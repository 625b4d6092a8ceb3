package dev.streamlab.ui.triggers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The triggers panel's top: loading mappings (file, sample, form), the triggers available, and the mappings. */
public final class TriggersController {

    static final String NO_MAPPINGS = "No triggers running — open a mapping file or pick a sample";

    private final TriggersViewModel viewModel;

    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private MenuButton loadMenu;
    @FXML
    private SeparatorMenuItem samplesStart;
    @FXML
    private CheckMenuItem startPausedItem;
    @FXML
    private Button availableButton;
    @FXML
    private TableView<MappingRow> triggersTable;
    @FXML
    private TableColumn<MappingRow, MappingRow> pauseColumn;
    @FXML
    private TableColumn<MappingRow, MappingRow> mappingColumn;
    @FXML
    private TableColumn<MappingRow, MappingRow> stateColumn;
    @FXML
    private TableColumn<MappingRow, String> behindColumn;
    @FXML
    private TableColumn<MappingRow, MappingRow> callsColumn;
    @FXML
    private TableColumn<MappingRow, String> lastColumn;
    @FXML
    private Button enableButton;
    @FXML
    private Button detailsButton;
    @FXML
    private Button unloadButton;
    @FXML
    private HBox mappingActions;

    public TriggersController(TriggersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(viewModel.busy());
        startPausedItem.selectedProperty().bindBidirectional(viewModel.startPaused());
        setUpMappings();
        viewModel.samples().addListener((ListChangeListener<SampleMapping>) change -> showSamples());
        showSamples();
    }

    private void setUpMappings() {
        MappingsViewModel mappings = viewModel.mappings();
        triggersTable.setItems(mappings.rows());
        MappingTable.install(triggersTable, new MappingTable.Columns(pauseColumn, mappingColumn, stateColumn,
                behindColumn, callsColumn, lastColumn), new MappingTable.Actions(mappings::togglePause,
                row -> mappings.setEnabled(row, !row.enabled()), this::showDetails, mappings::unload));
        mappingActions.visibleProperty().bind(Bindings.isNotEmpty(mappings.rows()));
        mappingActions.managedProperty().bind(mappingActions.visibleProperty());
        var selected = triggersTable.getSelectionModel().selectedItemProperty();
        enableButton.disableProperty().bind(selected.isNull());
        detailsButton.disableProperty().bind(selected.isNull());
        unloadButton.disableProperty().bind(selected.isNull());
        enableButton.textProperty().bind(Bindings.createStringBinding(() -> selected.get() != null
                && !selected.get().enabled() ? "Enable" : "Disable", selected));
        triggersTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.SPACE && selected.get() != null) {
                mappings.togglePause(selected.get());
                event.consume();
            }
        });
    }

    /** The samples in the Load menu and, while no mapping runs, as buttons in the empty table. */
    private void showSamples() {
        List<SampleMapping> samples = List.copyOf(viewModel.samples());
        var items = loadMenu.getItems();
        items.removeIf(item -> item.getUserData() instanceof SampleMapping);
        int at = items.indexOf(samplesStart) + 1;
        for (SampleMapping sample : samples) {
            MenuItem item = new MenuItem(sample.name() + " — " + sample.summary(), new FontIcon("fth-zap"));
            item.setUserData(sample);
            item.setOnAction(event -> viewModel.open(sample.file()));
            items.add(at++, item);
        }
        triggersTable.setPlaceholder(EmptyMappings.of(NO_MAPPINGS, samples, viewModel::open));
    }

    @FXML
    private void openFile() {
        var chooser = new FileChooser();
        chooser.setTitle("Open mapping file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mapping files (*.json)", "*.json"));
        Path samples = Path.of("sample-data", "mappings");
        if (Files.isDirectory(samples)) {
            chooser.setInitialDirectory(samples.toAbsolutePath().toFile());
        }
        File file = chooser.showOpenDialog(triggersTable.getScene().getWindow());
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    @FXML
    private void addMapping() {
        MappingFormDialog.show(viewModel.newForm(), triggersTable.getScene().getWindow());
    }

    @FXML
    private void showAvailable() {
        TextPopup.show(availableButton, "Triggers available", AvailableList.of(viewModel.triggersAvailable()));
    }

    @FXML
    private void toggleEnabled() {
        MappingRow row = triggersTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.mappings().setEnabled(row, !row.enabled());
        }
    }

    @FXML
    private void showDetails() {
        MappingRow row = triggersTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            showDetails(row);
        }
    }

    private void showDetails(MappingRow row) {
        TextPopup.show(detailsButton, row.functionName() + " on " + row.table(), TextPopup.lines(row.details()));
    }

    @FXML
    private void unload() {
        MappingRow row = triggersTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.mappings().unload(row);
        }
    }
}
