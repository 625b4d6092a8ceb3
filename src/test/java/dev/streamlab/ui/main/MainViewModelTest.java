package dev.streamlab.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.FxThread;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final ErrorReporter errors = new ErrorReporter();

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void connectingShowsWhichServerIsUsed() throws Exception {
        // Its own clients: closing the view-model closes them, and the shared ones must stay open.
        var connection = new Connection(ClientFactory.open(LocalDynamo.profile()), Optional.empty());
        var viewModel = new MainViewModel(() -> connection, FxThread.SAME_THREAD, errors);

        FxThread.run(viewModel::connect);

        assertThat(viewModel.status().get()).isEqualTo("Connected to DynamoDB Local at " + LocalDynamo.endpoint());
        assertThat(viewModel.connecting().get()).isFalse();
        assertThat(viewModel.connection().get()).isSameAs(connection);
        assertThat(errors.message().get()).isEmpty();

        FxThread.run(viewModel::close);

        assertThat(viewModel.connection().get()).isNull();
        // A closed SDK client refuses calls: its thread pools are shut down.
        assertThatThrownBy(() -> connection.clients().dynamo().listTables()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aFailedConnectionIsOneSentence() throws Exception {
        var viewModel = new MainViewModel(() -> {
            throw new UserInputException("Nothing answers at http://localhost:1: start DynamoDB Local there.");
        }, FxThread.SAME_THREAD, errors);

        FxThread.run(viewModel::connect);

        assertThat(viewModel.status().get()).isEqualTo("Not connected");
        assertThat(viewModel.connection().get()).isNull();
        assertThat(errors.message().get())
                .isEqualTo("Nothing answers at http://localhost:1: start DynamoDB Local there.");
    }
}
