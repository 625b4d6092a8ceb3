package dev.streamlab.ui.common;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.ui.WindowOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Sessions for view-model tests: connected to the shared {@link LocalDynamo} through clients of their own (so
 * closing one closes nothing another test uses), background work on the calling thread, follow-ups on the FX
 * thread of the headless toolkit.
 */
public final class TestSessions {

    private TestSessions() {
    }

    public static WindowOptions options(Supplier<Connection> connector) {
        try {
            Path state = Files.createTempDirectory("streamlab-state");
            return new WindowOptions(connector, Map.of(), Optional.empty(), state, false,
                    HostOptions.DEFAULT_LOOP_LIMIT, state.resolve("connections.json"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A session connected to the shared DynamoDB Local, its streams followed; close it when done. */
    public static Session connected() throws Exception {
        FxThread.start();
        var session = new Session(options(() -> new Connection(ClientFactory.open(LocalDynamo.profile()),
                Optional.empty())), FxThread.SAME_THREAD, Platform::runLater);
        FxThread.run(session::connect);
        Await.until("the session is connected", () -> session.workspace().get() != null);
        return session;
    }
}
