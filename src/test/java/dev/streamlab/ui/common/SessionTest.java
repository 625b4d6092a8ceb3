package dev.streamlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void connectingShowsWhichServerIsUsedAndClosingClosesTheConnection() throws Exception {
        var connection = new Connection(ClientFactory.open(LocalDynamo.profile()), Optional.empty());
        var session = new Session(TestSessions.options(() -> connection), FxThread.SAME_THREAD, Platform::runLater);

        FxThread.run(session::connect);

        assertThat(session.connectionStatus().get()).isEqualTo("Connected to DynamoDB Local at " + LocalDynamo.endpoint());
        assertThat(session.connecting().get()).isFalse();
        assertThat(session.database()).isNotNull();
        assertThat(session.errors().problems()).isEmpty();

        FxThread.run(session::close);

        assertThat(session.workspace().get()).isNull();
        // A closed SDK client refuses calls: its thread pools are shut down.
        Await.until("the connection is closed", () -> {
            try {
                connection.clients().dynamo().listTables();
                return false;
            } catch (RuntimeException closed) {
                return true;
            }
        });
    }

    @Test
    void aFailedConnectionIsOneProblemNamingTheConnection() throws Exception {
        var session = new Session(TestSessions.options(() -> {
            throw new UserInputException("Nothing answers at http://localhost:1: start DynamoDB Local there.");
        }), FxThread.SAME_THREAD, Platform::runLater);

        FxThread.run(session::connect);

        assertThat(session.connectionStatus().get()).isEqualTo("Not connected");
        assertThat(session.workspace().get()).isNull();
        assertThat(session.errors().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("Connection");
            assertThat(problem.message()).isEqualTo("Nothing answers at http://localhost:1: start DynamoDB Local there.");
        });
        assertThat(session.database()).isNull();
    }
}
