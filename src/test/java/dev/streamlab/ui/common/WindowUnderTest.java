package dev.streamlab.ui.common;

import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.ui.StreamLabApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.testfx.api.FxToolkit;

/**
 * The real window as a user starts it ({@code streamlab --endpoint URL --state DIR …}), on an in-memory DynamoDB
 * Local of its own on a free port, so its table list holds only what the test made.
 */
public final class WindowUnderTest implements AutoCloseable {

    private final EmbeddedDynamoDb server;
    private final Application app;

    private WindowUnderTest(EmbeddedDynamoDb server, Application app) {
        this.server = server;
        this.app = app;
    }

    /** @param more further window options, e.g. "--mappings", file, "--paused" */
    public static WindowUnderTest start(Path state, String... more) throws Exception {
        return on(EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0)), state, more);
    }

    /** On a server the test prepared first (tables a --mappings file needs); closing the window closes it. */
    public static WindowUnderTest on(EmbeddedDynamoDb server, Path state, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--endpoint", server.endpoint().toString(), "--state",
                state.toString(), "--connections", state.resolve("connections.json").toString()));
        args.addAll(List.of(more));
        FxToolkit.registerPrimaryStage();
        return new WindowUnderTest(server, FxToolkit.setupApplication(StreamLabApplication.class,
                args.toArray(String[]::new)));
    }

    public EmbeddedDynamoDb server() {
        return server;
    }

    public Session session() {
        return ((StreamLabApplication) app).window().session();
    }

    /** Closes the window as a user does (its triggers, readers and connection stop), then the server. */
    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        server.close();
    }
}
