package dev.streamlab.ui.tables;

import dev.streamlab.ui.common.Choosers;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The table list on the left: search, the list itself, and the buttons that load, create and drop tables. */
public final class TablesController {

    private final TablesViewModel viewModel;

    @FXML
    private ListView<TableEntry> tableList;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private CustomTextField tableSearch;
    @FXML
    private MenuButton addMenu;
    @FXML
    private Button dropButton;
    @FXML
    private Button refreshButton;
    @FXML
    private VBox progressPane;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressText;
    @FXML
    private Message notice;
    @FXML
    private Label emptyMessage;
    @FXML
    private Button emptyLoadSampleData;
    @FXML
    private Button emptyCreateTable;

    public TablesController(TablesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindList();
        bindSearch();
        loadingIndicator.visibleProperty().bind(viewModel.loading());
        refreshButton.disableProperty().bind(viewModel.connected().not());
        addMenu.disableProperty().bind(viewModel.canChangeTables().not());
        dropButton.disableProperty().bind(viewModel.canChangeTables().not()
                .or(tableList.getSelectionModel().selectedItemProperty().isNull()));
        progressPane.visibleProperty().bind(viewModel.progress().isNotNull());
        progressPane.managedProperty().bind(progressPane.visibleProperty());
        progressBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.textProperty().bind(viewModel.progress());
        notice.descriptionProperty().bind(viewModel.notice());
        notice.visibleProperty().bind(viewModel.notice().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setOnClose(event -> viewModel.dismissNotice());
        // Set here: FXML hands a Message its style classes as one string.
        notice.getStyleClass().addAll(Styles.SUCCESS, "notice");
        emptyMessage.textProperty().bind(viewModel.emptyMessage());
        var noTables = viewModel.emptyState().isEqualTo(EmptyState.NO_TABLES);
        for (Button button : new Button[] {emptyLoadSampleData, emptyCreateTable}) {
            button.visibleProperty().bind(noTables);
            button.managedProperty().bind(noTables);
            button.disableProperty().bind(viewModel.canChangeTables().not());
        }
    }

    private void bindList() {
        tableList.setItems(viewModel.tables());
        tableList.setCellFactory(list -> new TableListCell());
        MenuItem drop = new MenuItem("Drop table…");
        drop.setOnAction(event -> dropSelected());
        drop.disableProperty().bind(dropButton.disableProperty());
        var menu = new TableContextMenu(viewModel.actions(), () -> tableList.getSelectionModel().getSelectedItem(),
                this::window);
        menu.getItems().add(drop);
        menu.getItems().forEach(item -> {
            if (!item.disableProperty().isBound()) {
                item.disableProperty().bind(dropButton.disableProperty());
            }
        });
        tableList.setContextMenu(menu);
        // Only a user's choice goes to the session: the list losing its selection to the search selects nothing.
        tableList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.select(now.name());
            }
        });
        viewModel.selectedTable().addListener((observable, before, now) -> showSelected());
        viewModel.tables().addListener((ListChangeListener<TableEntry>) change -> showSelected());
        tableList.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.DELETE) {
                dropSelected();
            }
        });
    }

    private void bindSearch() {
        tableSearch.textProperty().bindBidirectional(viewModel.search());
        tableSearch.setOnAction(event -> {
            viewModel.selectFirstMatch();
            tableList.requestFocus();
        });
        tableSearch.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                tableSearch.clear();
            } else if (key.getCode() == KeyCode.DOWN) {
                tableList.requestFocus();
            }
        });
    }

    /** The list follows the session's selected table, whoever set it. */
    private void showSelected() {
        int index = viewModel.visibleIndexOfSelected();
        if (index < 0) {
            tableList.getSelectionModel().clearSelection();
        } else if (tableList.getSelectionModel().getSelectedIndex() != index) {
            tableList.getSelectionModel().select(index);
            tableList.scrollTo(index);
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void loadSampleData() {
        Choosers.folder(window(), "Load sample data from a folder with tables/ and items/",
                viewModel.sampleDataFolder()).ifPresent(viewModel::loadSampleData);
    }

    @FXML
    private void newTable() {
        TableFormDialog.show(viewModel.newTableForm(), window());
    }

    @FXML
    private void createTable() {
        Choosers.jsonFile(window(), "Create a table from a CreateTable JSON file", viewModel.tableFilesFolder())
                .ifPresent(viewModel::createTable);
    }

    @FXML
    private void dropSelected() {
        TableEntry selected = tableList.getSelectionModel().getSelectedItem();
        if (selected == null || dropButton.isDisabled()) {
            return;
        }
        TableConfirmation confirmation = viewModel.dropConfirmation(selected.name());
        ConfirmationDialog.ask(window(), confirmation).ifPresent(typed -> viewModel.drop(confirmation, typed));
    }

    private Window window() {
        return tableList.getScene().getWindow();
    }
}
