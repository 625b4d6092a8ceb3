package dev.streamlab.ui.scenarios;

import atlantafx.base.theme.Styles;
import dev.streamlab.scenario.ScenarioFolder;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The scenario bar under the menu bar, shown while a scenario is open: title, "Step k of n", the caption, Next,
 * Restart, Close and the step-through choice. Its "Scenarios" menu joins the window's menu bar, so a scenario can be
 * opened while the bar is hidden; the native file chooser can be replaced as {@link ScenarioChooser} says.
 */
public final class ScenariosController {

    private final ScenariosViewModel viewModel;

    @FXML
    private VBox scenarioBar;
    @FXML
    private Menu scenariosMenu;
    @FXML
    private MenuItem nextMenuItem;
    @FXML
    private MenuItem restartMenuItem;
    @FXML
    private MenuItem closeMenuItem;
    @FXML
    private MenuButton scenarioMenuButton;
    @FXML
    private Label scenarioTitle;
    @FXML
    private Label scenarioProgress;
    @FXML
    private ProgressIndicator scenarioBusy;
    @FXML
    private Label scenarioStatus;
    @FXML
    private Label scenarioCaption;
    @FXML
    private CheckBox stepThroughBox;
    @FXML
    private Button scenarioNextButton;
    @FXML
    private Button scenarioRestartButton;

    public ScenariosController(ScenariosViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        scenarioBar.visibleProperty().bind(viewModel.open());
        scenarioBar.managedProperty().bind(viewModel.open());
        scenarioTitle.textProperty().bind(viewModel.title());
        scenarioProgress.textProperty().bind(viewModel.progress());
        scenarioStatus.textProperty().bind(viewModel.status());
        var fullStatus = new Tooltip();
        fullStatus.textProperty().bind(viewModel.status());
        scenarioStatus.tooltipProperty().bind(Bindings.when(viewModel.status().isEmpty()).then((Tooltip) null)
                .otherwise(fullStatus));
        scenarioCaption.textProperty().bind(viewModel.caption());
        scenarioBusy.visibleProperty().bind(viewModel.busy());
        stepThroughBox.selectedProperty().bindBidirectional(viewModel.stepThrough());
        stepThroughBox.visibleProperty().bind(viewModel.offersStepping());
        stepThroughBox.managedProperty().bind(viewModel.offersStepping());
        stepThroughBox.disableProperty().bind(viewModel.busy());
        scenarioNextButton.disableProperty().bind(viewModel.canNext().not());
        var preview = new Tooltip();
        preview.textProperty().bind(viewModel.nextPreview());
        preview.setWrapText(true);
        preview.setMaxWidth(480);
        scenarioNextButton.setTooltip(preview);
        scenarioRestartButton.disableProperty().bind(viewModel.busy());
        viewModel.atEnd().addListener((observable, before, done) -> markDone(done));
        nextMenuItem.disableProperty().bind(viewModel.canNext().not());
        restartMenuItem.disableProperty().bind(viewModel.open().not().or(viewModel.busy()));
        closeMenuItem.disableProperty().bind(viewModel.open().not());
        viewModel.samples().addListener((ListChangeListener<ScenarioFolder.Entry>) change -> listScenarios());
        scenariosMenu.setOnShowing(event -> viewModel.refreshSamples());
        scenarioMenuButton.setOnShowing(event -> viewModel.refreshSamples());
        scenarioBar.sceneProperty().addListener((observable, before, scene) -> joinMenuBar(scene));
        listScenarios();
        viewModel.refreshSamples();
    }

    private void markDone(boolean done) {
        scenarioProgress.getStyleClass().removeAll(Styles.ACCENT, Styles.SUCCESS);
        scenarioProgress.getStyleClass().add(done ? Styles.SUCCESS : Styles.ACCENT);
    }

    /** The menu bar belongs to the shell; the bar adds its menu there, before Help, once it is in the window. */
    private void joinMenuBar(Scene scene) {
        Node found = scene == null ? null : scene.lookup("#menuBar");
        if (found instanceof MenuBar menuBar && !menuBar.getMenus().contains(scenariosMenu)) {
            int help = menuBar.getMenus().size() - 1;
            menuBar.getMenus().add(Math.max(0, help), scenariosMenu);
        }
    }

    /** The same openings in the menu bar's menu and in the bar's menu button; a MenuItem lives in one menu. */
    private void listScenarios() {
        List<MenuItem> fixed = new ArrayList<>(List.of(new SeparatorMenuItem(), nextMenuItem, restartMenuItem,
                closeMenuItem));
        List<MenuItem> inMenu = openings();
        inMenu.addAll(fixed);
        scenariosMenu.getItems().setAll(inMenu);
        scenarioMenuButton.getItems().setAll(openings());
    }

    private List<MenuItem> openings() {
        List<MenuItem> items = new ArrayList<>();
        for (ScenarioFolder.Entry entry : viewModel.samples()) {
            var item = new MenuItem(entry.problem().isEmpty() ? entry.title() : entry.title() + " (has a mistake)");
            // titles are the author's text: "KEYS_ONLY" must not become a mnemonic
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.open(entry.file()));
            item.disableProperty().bind(viewModel.connected().not());
            items.add(item);
        }
        if (items.isEmpty()) {
            var none = new MenuItem("No sample scenarios in " + viewModel.samplesFolder() + ": open a file instead");
            none.setDisable(true);
            items.add(none);
        }
        var file = new MenuItem("Open scenario file…");
        file.setOnAction(event -> openFile());
        file.disableProperty().bind(viewModel.connected().not());
        items.add(new SeparatorMenuItem());
        items.add(file);
        return items;
    }

    private void openFile() {
        var chooser = (ScenarioChooser) scenarioBar.getProperties().getOrDefault(ScenarioChooser.class,
                ScenarioChooser.NATIVE);
        chooser.choose(scenarioBar.getScene().getWindow(), viewModel.samplesFolder()).ifPresent(viewModel::open);
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void restart() {
        viewModel.restart();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
