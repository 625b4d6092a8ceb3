package dev.streamlab.ui.main;

import dev.streamlab.connect.Connection;
import dev.streamlab.ui.common.ControllerFactory;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.FxmlView;
import dev.streamlab.ui.common.ViewLoader;
import dev.streamlab.ui.tables.TablesController;
import dev.streamlab.ui.tables.TablesViewModel;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Wires the view-models to their controllers and shows the StreamLab window. */
public final class MainWindow {

    static final double WIDTH = 1100;
    static final double HEIGHT = 700;
    private static final double MIN_WIDTH = 720;
    private static final double MIN_HEIGHT = 480;

    private final MainViewModel main;
    private final ViewLoader views;

    /**
     * @param connector opens the connection the window uses; called once, in the background
     * @param executor  runs every piece of background work
     */
    public MainWindow(Supplier<Connection> connector, Executor executor) {
        ErrorReporter errors = new ErrorReporter();
        main = new MainViewModel(connector, executor, errors);
        TablesViewModel tables = new TablesViewModel(main.connection(), executor, errors);
        ControllerFactory controllers = new ControllerFactory();
        views = new ViewLoader(controllers);
        controllers.register(MainController.class, () -> new MainController(main, errors, views))
                .register(TablesController.class, () -> new TablesController(tables));
    }

    /** Shows the window on the stage and starts connecting. */
    public void show(Stage stage) {
        stage.setTitle("StreamLab");
        stage.setScene(new Scene(views.load(FxmlView.MAIN), WIDTH, HEIGHT));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        // Some window managers (openbox, seen under Xvfb) ignore the scene's size on the first map.
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        main.connect();
    }

    public void close() {
        main.close();
    }
}
