package dev.streamlab.ui.shell;

import dev.streamlab.connect.AwsProfiles;
import dev.streamlab.ui.WindowOptions;
import dev.streamlab.ui.common.ControllerFactory;
import dev.streamlab.ui.common.FxmlView;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.ViewLoader;
import dev.streamlab.ui.connections.ConnectionsController;
import dev.streamlab.ui.connections.ConnectionsViewModel;
import dev.streamlab.ui.items.FilterBarController;
import dev.streamlab.ui.items.ItemEditorController;
import dev.streamlab.ui.items.ItemsController;
import dev.streamlab.ui.items.ItemTabs;
import dev.streamlab.ui.items.ItemsViewModel;
import dev.streamlab.ui.scenarios.ScenariosController;
import dev.streamlab.ui.scenarios.ScenariosViewModel;
import dev.streamlab.ui.stream.RecordDetailsController;
import dev.streamlab.ui.stream.StreamController;
import dev.streamlab.ui.stream.StreamViewModel;
import dev.streamlab.ui.tables.TableDetailsController;
import dev.streamlab.ui.tables.TablesController;
import dev.streamlab.ui.tables.TablesViewModel;
import dev.streamlab.ui.transfer.TransferController;
import dev.streamlab.ui.transfer.TransferViewModel;
import dev.streamlab.ui.trace.TraceController;
import dev.streamlab.ui.trace.TraceViewModel;
import dev.streamlab.ui.triggers.LastInvocationController;
import dev.streamlab.ui.triggers.StepController;
import dev.streamlab.ui.triggers.TriggerLogController;
import dev.streamlab.ui.triggers.TriggersController;
import dev.streamlab.ui.triggers.TriggersViewModel;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Makes the session and every view-model, hands them to their controllers, and shows the StreamLab window. */
public final class MainWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 600;

    private final Session session;
    private final ViewLoader views;
    private final ShellViewModel shell;
    private final WindowPlacement placement;
    private final Themes themes;
    private Stage stage;

    /**
     * @param executor    runs every piece of background work
     * @param preferences where the window's size and splits are remembered
     */
    public MainWindow(WindowOptions options, Executor executor, Preferences preferences) {
        session = new Session(options, executor, Platform::runLater);
        shell = new ShellViewModel(session);
        placement = new WindowPlacement(preferences);
        themes = new Themes(preferences, executor, Platform::runLater);
        var tables = new TablesViewModel(session);
        var items = new ItemsViewModel(session);
        var stream = new StreamViewModel(session);
        var trace = new TraceViewModel(session);
        var triggers = new TriggersViewModel(session);
        var scenarios = new ScenariosViewModel(session);
        var connections = new ConnectionsViewModel(session, AwsProfiles.fromDefaultFiles());
        var transfer = new TransferViewModel(session);
        var itemTabs = new ItemTabs(session, items, MainWindow::itemsView, preferences.node("item-tabs"));
        var actions = new ShellActions(() -> {
            tables.refresh();
            itemTabs.current().refresh();
        }, this::focusTableSearch, () -> itemTabs.current().newItem(), () -> itemTabs.current().save(),
                itemTabs::openCurrent, itemTabs::closeCurrent, triggers::step, triggers::togglePauseAll,
                triggers::resumeAll);
        ControllerFactory controllers = new ControllerFactory();
        views = new ViewLoader(controllers);
        controllers.register(MainController.class, () -> new MainController(shell, session, views, actions, transfer, themes,
                        itemTabs))
                .register(TablesController.class, () -> new TablesController(tables))
                .register(TableDetailsController.class, () -> new TableDetailsController(tables))
                .register(ItemsController.class, () -> new ItemsController(items))
                .register(ItemEditorController.class, () -> new ItemEditorController(items))
                .register(FilterBarController.class, () -> new FilterBarController(items))
                .register(StreamController.class, () -> new StreamController(stream))
                .register(RecordDetailsController.class, () -> new RecordDetailsController(stream))
                .register(TraceController.class, () -> new TraceController(trace))
                .register(TriggersController.class, () -> new TriggersController(triggers))
                .register(StepController.class, () -> new StepController(triggers))
                .register(LastInvocationController.class, () -> new LastInvocationController(triggers))
                .register(TriggerLogController.class, () -> new TriggerLogController(triggers))
                .register(ScenariosController.class, () -> new ScenariosController(scenarios))
                .register(ConnectionsController.class, () -> new ConnectionsController(connections))
                .register(TransferController.class, () -> new TransferController(transfer));
    }

    /** An items view of its own, for an items tab: its controllers get its view-model. */
    private static Parent itemsView(ItemsViewModel viewModel) {
        return new ViewLoader(new ControllerFactory()
                .register(ItemsController.class, () -> new ItemsController(viewModel))
                .register(ItemEditorController.class, () -> new ItemEditorController(viewModel))
                .register(FilterBarController.class, () -> new FilterBarController(viewModel)))
                .load(FxmlView.ITEMS);
    }

    public Session session() {
        return session;
    }

    /** Shows the window on the stage, where the user left it, and starts connecting. */
    public void show(Stage stage) {
        this.stage = stage;
        stage.titleProperty().bind(shell.titleBinding());
        themes.applyRemembered();
        Parent root = views.load(FxmlView.MAIN);
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        // Some window managers (openbox, seen under Xvfb) ignore the scene's size on the first map.
        placement.restoreSize(stage, WIDTH, HEIGHT);
        Platform.runLater(() -> placement.restoreSplits(root));
        session.connect();
    }

    /** Remembers where the window was, then stops everything on the connection in the background. */
    public void close() {
        if (stage != null && stage.getScene() != null) {
            placement.save(stage);
        }
        // Dialogs that stay open beside the window (connections) go with it.
        List.copyOf(Window.getWindows()).stream()
                .filter(window -> window instanceof Stage owned && owned.getOwner() == stage)
                .forEach(Window::hide);
        session.close();
    }

    private void focusTableSearch() {
        Node search = stage.getScene().lookup("#tableSearch");
        if (search != null) {
            search.requestFocus();
        }
    }
}
