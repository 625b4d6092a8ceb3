package dev.streamlab.ui;

import dev.streamlab.connect.Connector;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.ui.common.BackgroundExecutor;
import dev.streamlab.ui.main.MainWindow;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop window: DynamoDB Local on localhost:8000 if one runs, else an embedded one with its data on disk. */
public class StreamLabApplication extends Application {

    private ExecutorService executor;
    private MainWindow window;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String[] args) {
        Application.launch(StreamLabApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = BackgroundExecutor.create();
        window = new MainWindow(() -> Connector.connectDefault(
                EmbeddedOptions.onDisk(EmbeddedOptions.DEFAULT_PORT, EmbeddedOptions.defaultDataDir())), executor);
        window.show(stage);
    }

    @Override
    public void stop() {
        window.close();
        // Lets the queued close finish; nothing new is accepted.
        executor.shutdown();
    }
}
