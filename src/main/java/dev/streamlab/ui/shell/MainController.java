package dev.streamlab.ui.shell;

import dev.streamlab.data.transfer.TransferFormat;
import dev.streamlab.ui.common.Choosers;
import dev.streamlab.ui.common.ErrorReporter.Problem;
import dev.streamlab.ui.common.FxmlView;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.ViewLoader;
import dev.streamlab.ui.transfer.TransferFiles;
import dev.streamlab.ui.items.ItemTabs;
import dev.streamlab.ui.transfer.TransferViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The window's frame: the views in their places, the menu and its shortcuts, and the status bar. */
public final class MainController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ShellViewModel viewModel;
    private final Session session;
    private final ViewLoader views;
    private final ShellActions actions;
    private final TransferViewModel transfer;
    private final Themes themes;
    private Dialog<Void> connections;
    private Dialog<Void> transferDialog;

    @FXML
    private BorderPane root;
    @FXML
    private StackPane scenarioSlot;
    @FXML
    private StackPane tablesSlot;
    @FXML
    private StackPane triggersSlot;
    @FXML
    private TabPane centreTabs;
    @FXML
    private Tab itemsTab;
    @FXML
    private Tab detailsTab;
    @FXML
    private TabPane bottomTabs;
    @FXML
    private Tab streamTab;
    @FXML
    private Tab traceTab;
    @FXML
    private Tab logTab;
    @FXML
    private MenuBar menuBar;
    @FXML
    private Label awsBand;
    @FXML
    private RadioMenuItem lightThemeMenu;
    @FXML
    private RadioMenuItem darkThemeMenu;
    @FXML
    private RadioMenuItem systemThemeMenu;
    @FXML
    private MenuItem exportItemsMenu;
    @FXML
    private MenuItem importItemsMenu;
    @FXML
    private MenuItem exportReadMenu;
    @FXML
    private MenuItem exportSelectedMenu;
    @FXML
    private HBox statusBar;
    @FXML
    private ProgressIndicator connectingIndicator;
    @FXML
    private Label status;
    @FXML
    private Label readersStatus;
    @FXML
    private Label triggersStatus;
    @FXML
    private Label latestProblem;
    @FXML
    private Button problemsButton;

    private final ItemTabs itemTabs;

    public MainController(ShellViewModel viewModel, Session session, ViewLoader views, ShellActions actions,
            TransferViewModel transfer, Themes themes, ItemTabs itemTabs) {
        this.themes = themes;
        this.itemTabs = itemTabs;
        this.viewModel = viewModel;
        this.session = session;
        this.views = views;
        this.actions = actions;
        this.transfer = transfer;
    }

    @FXML
    private void initialize() {
        scenarioSlot.getChildren().setAll(views.load(FxmlView.SCENARIOS));
        tablesSlot.getChildren().setAll(views.load(FxmlView.TABLES));
        triggersSlot.getChildren().setAll(views.load(FxmlView.TRIGGERS));
        itemsTab.setContent(views.load(FxmlView.ITEMS));
        detailsTab.setContent(views.load(FxmlView.TABLE_DETAILS));
        itemTabs.attach(centreTabs);
        streamTab.setContent(views.load(FxmlView.STREAM));
        traceTab.setContent(views.load(FxmlView.TRACE));
        logTab.setContent(views.load(FxmlView.TRIGGER_LOG));
        session.navigator().onShowRecord(id -> bottomTabs.getSelectionModel().select(streamTab));
        session.navigator().onShowTrace(id -> bottomTabs.getSelectionModel().select(traceTab));
        session.navigator().onShowItem((table, key) -> centreTabs.getSelectionModel().select(itemsTab));
        bindThemeMenu();
        exportItemsMenu.disableProperty().bind(transfer.canStart().not());
        importItemsMenu.disableProperty().bind(transfer.canStart().not());
        exportReadMenu.disableProperty().bind(transfer.canExportShown().not());
        exportSelectedMenu.disableProperty().bind(transfer.canExportSelected().not());
        session.navigator().onExportSelectedItems(() -> {
            if (!exportSelectedMenu.isDisable()) {
                exportSelected();
            }
        });
        bindStatusBar();
    }

    private void bindThemeMenu() {
        var group = new ToggleGroup();
        var choices = Map.of(lightThemeMenu, ThemeChoice.LIGHT, darkThemeMenu, ThemeChoice.DARK, systemThemeMenu,
                ThemeChoice.SYSTEM);
        choices.forEach((item, choice) -> {
            item.setToggleGroup(group);
            item.setSelected(themes.choice().get() == choice);
            item.setOnAction(event -> themes.choose(choice));
        });
    }

    private void bindStatusBar() {
        status.textProperty().bind(viewModel.connection());
        var whole = new Tooltip();
        whole.textProperty().bind(viewModel.connection());
        status.setTooltip(whole);
        var problem = new Tooltip();
        problem.textProperty().bind(latestProblem.textProperty());
        latestProblem.setTooltip(problem);
        connectingIndicator.visibleProperty().bind(session.connecting());
        connectingIndicator.managedProperty().bind(session.connecting());
        readersStatus.textProperty().bind(viewModel.readers());
        triggersStatus.textProperty().bind(viewModel.triggers());
        viewModel.aws().addListener((observable, before, aws) -> markAws(aws));
        awsBand.textProperty().bind(viewModel.awsBand());
        awsBand.visibleProperty().bind(viewModel.aws());
        awsBand.managedProperty().bind(viewModel.aws());
        var problems = session.errors().problems();
        latestProblem.textProperty().bind(Bindings.createStringBinding(() -> session.errors().latest().get() == null
                ? "" : session.errors().latest().get().message(), session.errors().latest()));
        problemsButton.textProperty().bind(Bindings.size(problems).asString("%d ⚠"));
        problemsButton.visibleProperty().bind(Bindings.isNotEmpty(problems));
        problemsButton.managedProperty().bind(problemsButton.visibleProperty());
        problems.addListener((ListChangeListener<Problem>) change -> latestProblem.setVisible(!problems.isEmpty()));
    }

    private void markAws(boolean aws) {
        if (aws) {
            statusBar.getStyleClass().add("aws");
        } else {
            statusBar.getStyleClass().remove("aws");
        }
    }

    /** Every problem with its time and where it came from, newest last, and a way to dismiss them. */
    @FXML
    private void showProblems() {
        ListView<Problem> list = new ListView<>(session.errors().problems());
        list.setId("problemList");
        list.setPrefSize(640, 260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || problem == null ? null
                        : TIME.format(problem.time()) + "  " + problem.source() + ": " + problem.message());
            }
        });
        list.scrollTo(Math.max(0, list.getItems().size() - 1));
        Button dismiss = new Button("Dismiss all");
        var menu = new ContextMenu();
        dismiss.setOnAction(event -> {
            session.errors().dismissAll();
            menu.hide();
        });
        var box = new VBox(8, new Label("Problems"), list, dismiss);
        box.getStyleClass().add("problems-popup");
        var item = new CustomMenuItem(box, false);
        menu.getItems().setAll(item);
        menu.show(problemsButton, Side.TOP, 0, 0);
    }

    /** The connections list and its form, in a window of its own that stays open beside the main one. */
    @FXML
    private void showConnections() {
        if (connections == null) {
            connections = new Dialog<>();
            connections.initOwner(root.getScene().getWindow());
            connections.initModality(Modality.NONE);
            connections.setTitle("Connections");
            connections.setResizable(true);
            connections.getDialogPane().setContent(views.load(FxmlView.CONNECTIONS));
            connections.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        }
        connections.show();
        connections.getDialogPane().getScene().getWindow().requestFocus();
    }

    @FXML
    private void exportItems() {
        Choosers.saveFile(window(), "Export the items of " + session.selectedTable().get(),
                transfer.suggestedName(TransferFormat.JSONL), TransferFiles.FILTERS).ifPresent(file -> {
                    transfer.exportTo(file);
                    showTransfer();
                });
    }

    @FXML
    private void exportRead() {
        Choosers.saveFile(window(), "Export the items of the read shown", transfer.suggestedName(TransferFormat.JSONL),
                TransferFiles.FILTERS).ifPresent(file -> {
                    transfer.exportShownTo(file);
                    showTransfer();
                });
    }

    @FXML
    private void exportSelected() {
        Choosers.saveFile(window(), "Export the items selected in " + session.selectedTable().get(),
                transfer.suggestedName(TransferFormat.JSONL), TransferFiles.FILTERS).ifPresent(file -> {
                    transfer.exportSelectedTo(file);
                    showTransfer();
                });
    }

    @FXML
    private void importItems() {
        Choosers.openFile(window(), "Import items into " + session.selectedTable().get(), TransferFiles.FILTERS)
                .ifPresent(file -> {
                    transfer.importFrom(file);
                    showTransfer();
                });
    }

    /** The transfer's progress and result, in a window that stays open beside the main one until closed. */
    private void showTransfer() {
        if (transferDialog == null) {
            transferDialog = new Dialog<>();
            transferDialog.initOwner(window());
            transferDialog.initModality(Modality.NONE);
            transferDialog.setTitle("Export and import");
            transferDialog.setResizable(true);
            transferDialog.getDialogPane().setContent(views.load(FxmlView.TRANSFER));
            transferDialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        }
        transferDialog.show();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void refresh() {
        actions.refresh().run();
    }

    @FXML
    private void searchTables() {
        actions.searchTables().run();
    }

    @FXML
    private void newItem() {
        if (centreTabs.getSelectionModel().getSelectedItem() == detailsTab) {
            centreTabs.getSelectionModel().select(itemsTab);
        }
        actions.newItem().run();
    }

    @FXML
    private void openTab() {
        actions.openTab().run();
    }

    @FXML
    private void closeTab() {
        actions.closeTab().run();
    }

    @FXML
    private void saveItem() {
        actions.saveItem().run();
    }

    @FXML
    private void step() {
        actions.step().run();
    }

    @FXML
    private void togglePauseAll() {
        actions.togglePauseAll().run();
    }

    @FXML
    private void resumeAll() {
        actions.resumeAll().run();
    }

    @FXML
    private void showShortcuts() {
        var keys = new GridPane();
        keys.setId("shortcutList");
        keys.setHgap(24);
        keys.setVgap(6);
        List<ShortcutList.Shortcut> shortcuts = ShortcutList.of(menuBar);
        for (int row = 0; row < shortcuts.size(); row++) {
            ShortcutList.Shortcut shortcut = shortcuts.get(row);
            Label key = new Label(shortcut.keys());
            key.getStyleClass().add("mono");
            Label menu = new Label(shortcut.menu());
            menu.getStyleClass().add("muted");
            keys.addRow(row, key, menu, new Label(shortcut.action()));
        }
        var dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(keys);
        dialog.show();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
    }
}
