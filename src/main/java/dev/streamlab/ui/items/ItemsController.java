package dev.streamlab.ui.items;

import dev.streamlab.data.code.CodeLanguage;
import dev.streamlab.ui.common.TextClipboard;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The read bar, the items table and its footer: bindings to the view-model, and the "discard edits?" dialog. */
public final class ItemsController {

    private final ItemsViewModel viewModel;
    private final ReadForm form;

    @FXML
    private HBox readBar;
    @FXML
    private ToggleButton scanToggle;
    @FXML
    private ToggleButton queryToggle;
    @FXML
    private ComboBox<IndexChoice> indexChoice;
    @FXML
    private ToggleButton filterToggle;
    @FXML
    private ComboBox<Integer> pageSize;
    @FXML
    private FlowPane queryBar;
    @FXML
    private ToggleButton partiqlToggle;
    @FXML
    private HBox statementBar;
    @FXML
    private TextField projectionField;
    @FXML
    private HBox optionsBar;
    @FXML
    private TextField statementField;
    @FXML
    private HBox sortGroup;
    @FXML
    private Label partitionLabel;
    @FXML
    private TextField partitionValue;
    @FXML
    private Label sortLabel;
    @FXML
    private ComboBox<SortOperator> sortOperator;
    @FXML
    private TextField sortValue;
    @FXML
    private HBox highGroup;
    @FXML
    private TextField sortHigh;
    @FXML
    private ToggleButton descendingToggle;
    @FXML
    private VBox filterBar;
    @FXML
    private Label readProblem;
    @FXML
    private TableView<ItemRow> itemsTable;
    @FXML
    private ProgressIndicator readingIndicator;
    @FXML
    private Label progressLabel;
    @FXML
    private Button cancelButton;
    @FXML
    private Label itemsCount;
    @FXML
    private Label readTally;
    @FXML
    private MenuButton copyMenu;
    @FXML
    private Hyperlink unseenLink;
    @FXML
    private Button loadMoreButton;
    @FXML
    private MenuButton recentMenu;
    private boolean reselecting;

    public ItemsController(ItemsViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
    }

    @FXML
    private void initialize() {
        bindReadBar();
        bindQueryAndFilter();
        bindTable();
        bindFooter();
        viewModel.askBeforeDiscarding(this::discardEdits);
    }

    private void bindReadBar() {
        readBar.disableProperty().bind(viewModel.tableShown().not());
        ToggleGroup modes = new ToggleGroup();
        modes.getToggles().setAll(scanToggle, queryToggle, partiqlToggle);
        modes.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                // a pill group always has one chosen: clicking the chosen one again keeps it
                modes.selectToggle(before);
            } else {
                form.mode().set(now == queryToggle ? ReadMode.QUERY : now == partiqlToggle ? ReadMode.PARTIQL
                        : ReadMode.SCAN);
            }
        });
        form.mode().addListener((observable, before, now) -> modes.selectToggle(switch (now) {
            case QUERY -> queryToggle;
            case PARTIQL -> partiqlToggle;
            default -> scanToggle;
        }));
        var partiql = form.mode().isEqualTo(ReadMode.PARTIQL);
        Shown.when(statementBar, partiql);
        statementField.textProperty().bindBidirectional(form.statement());
        statementField.setOnAction(event -> viewModel.read());
        projectionField.textProperty().bindBidirectional(form.projection());
        projectionField.setOnAction(event -> viewModel.read());
        for (Node scanOrQuery : new Node[] {indexChoice, filterToggle}) {
            scanOrQuery.disableProperty().bind(partiql);
        }
        Shown.when(optionsBar, partiql.not());
        indexChoice.setItems(form.indexes());
        indexChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(IndexChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.shortLabel());
            }
        });
        indexChoice.valueProperty().bindBidirectional(form.index());
        indexChoice.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> form.index().get() == null
                ? "Read the table itself, or one of its indexes" : "Reads through " + form.index().get().label(),
                form.index()));
        filterToggle.selectedProperty().bindBidirectional(form.filtered());
        recentMenu.disableProperty().bind(Bindings.isEmpty(viewModel.recentReads()));
        viewModel.recentReads().addListener((ListChangeListener<ReadSnapshot>) change -> showRecentReads());
        pageSize.getItems().setAll(ReadForm.PAGE_SIZES);
        pageSize.valueProperty().bindBidirectional(form.pageSize());
    }

    private void bindQueryAndFilter() {
        Shown.when(queryBar, form.mode().isEqualTo(ReadMode.QUERY));
        queryBar.disableProperty().bind(viewModel.tableShown().not());
        partitionLabel.textProperty().bind(form.partitionLabel());
        partitionValue.textProperty().bindBidirectional(form.partitionValue());
        sortLabel.textProperty().bind(form.sortLabel());
        var hasSortKey = form.sortLabel().isNotEmpty();
        Shown.when(sortGroup, hasSortKey);
        sortOperator.getItems().setAll(SortOperator.values());
        sortOperator.valueProperty().bindBidirectional(form.sortOperator());
        var operands = Bindings.createIntegerBinding(() -> form.sortOperator().get() == null ? 0
                : form.sortOperator().get().operands(), form.sortOperator());
        Shown.when(sortValue, hasSortKey.and(operands.greaterThan(0)));
        Shown.when(highGroup, hasSortKey.and(operands.greaterThan(1)));
        partitionValue.promptTextProperty().bind(form.partitionPrompt());
        sortValue.promptTextProperty().bind(form.sortPrompt());
        sortHigh.promptTextProperty().bind(form.highPrompt());
        sortValue.textProperty().bindBidirectional(form.sortValue());
        sortHigh.textProperty().bindBidirectional(form.sortHigh());
        descendingToggle.selectedProperty().bindBidirectional(form.descending());
        Shown.when(filterBar, form.filtered().and(form.mode().isNotEqualTo(ReadMode.PARTIQL)));
        filterBar.disableProperty().bind(viewModel.tableShown().not());
        for (TextField field : new TextField[] {partitionValue, sortValue, sortHigh}) {
            field.setOnAction(event -> viewModel.read());
        }
        readProblem.textProperty().bind(viewModel.readProblem());
        Shown.when(readProblem, viewModel.readProblem().isNotEmpty());
    }

    private void bindTable() {
        ItemColumns columns = new ItemColumns(viewModel, itemsTable);
        viewModel.columns().addListener((ListChangeListener<String>) change -> columns.show(false));
        viewModel.table().addListener((observable, before, now) -> columns.show(true));
        itemsTable.setItems(viewModel.rows());
        viewModel.rows().addListener((ListChangeListener<ItemRow>) change -> {
            if (change.next() && change.wasAdded() && change.getFrom() == 0) {
                columns.fit();
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(viewModel.placeholder());
        itemsTable.setPlaceholder(placeholder);
        itemsTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (!reselecting && now != null) {
                // once the click is handled: a dialog shown within it would see its mouse release as a second click
                Platform.runLater(() -> {
                    if (itemsTable.getSelectionModel().getSelectedItem() == now && !viewModel.open(now)) {
                        reselect(before);
                    }
                });
            }
        });
        SelectedRowsMenu.attach(itemsTable, viewModel);
        viewModel.rowToSelect().addListener((observable, before, row) -> {
            if (row != null) {
                reselect(row);
                itemsTable.scrollTo(row);
            }
        });
    }

    private void showRecentReads() {
        recentMenu.getItems().setAll(viewModel.recentReads().stream().map(read -> {
            String words = read.words();
            MenuItem item = new MenuItem(words.length() > 100 ? words.substring(0, 99) + "…" : words);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.readAgain(read));
            return item;
        }).toList());
    }

    private void reselect(ItemRow row) {
        reselecting = true;
        try {
            itemsTable.getSelectionModel().select(row);
        } finally {
            reselecting = false;
        }
    }

    private void bindFooter() {
        var reading = viewModel.reading();
        Shown.when(readingIndicator, reading);
        Shown.when(progressLabel, reading);
        Shown.when(cancelButton, reading);
        Shown.when(itemsCount, reading.not());
        progressLabel.textProperty().bind(viewModel.progress());
        itemsCount.textProperty().bind(viewModel.count());
        Shown.when(readTally, reading.not().and(viewModel.tally().isNotEmpty()));
        readTally.textProperty().bind(viewModel.tally());
        copyMenu.disableProperty().bind(viewModel.tableShown().not().or(form.mode().isEqualTo(ReadMode.PARTIQL)));
        fillCopyMenu();
        unseenLink.textProperty().bind(Bindings.concat(viewModel.unseenChanges(), " — Refresh"));
        Shown.when(unseenLink, viewModel.unseenChanges().isNotEmpty());
        loadMoreButton.disableProperty().bind(viewModel.more().not().or(reading));
    }

    private boolean discardEdits() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The item in the editor has changes that are not saved.",
                new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE),
                new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.setHeaderText("Discard your changes?");
        ask.initOwner(itemsTable.getScene().getWindow());
        return ask.showAndWait().map(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    @FXML
    private void read() {
        viewModel.read();
    }

    /** One menu item per language; nothing is copied if the read bar has a mistake (the view-model says which). */
    private void fillCopyMenu() {
        for (CodeLanguage language : CodeLanguage.values()) {
            var item = new MenuItem(language.label());
            item.setId("copyAs" + language.name());
            item.setOnAction(event -> viewModel.readAs(language).ifPresent(TextClipboard::copy));
            copyMenu.getItems().add(item);
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void loadMore() {
        viewModel.loadMore();
    }
}
