package dev.streamlab.ui;

import dev.streamlab.ui.common.BackgroundExecutor;
import dev.streamlab.ui.shell.MainWindow;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop window. Takes the window's arguments ({@link WindowOptions}) as JavaFX parameters, so tests and
 * demos can start it with {@code FxToolkit.setupApplication(StreamLabApplication.class, "--endpoint", url)}.
 */
public class StreamLabApplication extends Application {

    private ExecutorService executor;
    private MainWindow window;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String[] args) {
        Application.launch(StreamLabApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowOptions options = WindowOptions.parse(getParameters().getRaw());
        executor = BackgroundExecutor.create();
        window = new MainWindow(options, executor, placementPreferences());
        window.show(stage);
    }

    /**
     * Where the window's size and splits are remembered. With -Dstreamlab.freshWindow=true (the tests) every window
     * starts as on a first run, so that one test's splits never shape the next one's window.
     */
    private static Preferences placementPreferences() {
        Preferences preferences = Preferences.userNodeForPackage(StreamLabApplication.class);
        return Boolean.getBoolean("streamlab.freshWindow") ? preferences.node("fresh-" + UUID.randomUUID()) : preferences;
    }

    /** The window, once started: tests reach the session through it. */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        window.close();
        // Lets the queued close finish; nothing new is accepted.
        executor.shutdown();
    }
}
