package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list never waits for descriptions: names show first, then badges and counts fill in, a few at a time. */
class TableListLoadingTest {

    private final QueuedExecutor background = new QueuedExecutor();
    private Session session;
    private TablesViewModel viewModel;

    @BeforeEach
    void connect() throws Exception {
        FxThread.start();
        for (int i = 0; i < SummaryLoader.AT_ONCE + 2; i++) {
            TestTables.plain();
        }
        session = new Session(TestSessions.options(() -> new Connection(ClientFactory.open(LocalDynamo.profile()),
                Optional.empty())), background, Platform::runLater);
        viewModel = FxThread.call(() -> new TablesViewModel(session));
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.NOT_CONNECTED);
        FxThread.run(session::connect);
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.CONNECTING);
        FxThread.run(background::runNext);
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
        while (background.waiting() > 0) {
            background.runNext();
        }
    }

    @Test
    void namesShowFirstAndTheirDescriptionsFollowAFewAtATime() throws Exception {
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.LISTING);

        FxThread.run(background::runNext);

        int listed = viewModel.tables().size();
        assertThat(listed).isGreaterThan(SummaryLoader.AT_ONCE);
        assertThat(viewModel.tables()).allSatisfy(entry -> assertThat(entry.summary().get()).isNull());
        assertThat(background.waiting()).isEqualTo(SummaryLoader.AT_ONCE);
        assertThat(viewModel.loading().get()).isTrue();

        FxThread.run(background::runNext);

        assertThat(viewModel.tables().stream().map(entry -> entry.summary().get()).filter(Objects::nonNull))
                .hasSize(1);
        assertThat(background.waiting()).isEqualTo(SummaryLoader.AT_ONCE);

        while (background.waiting() > 0) {
            FxThread.run(background::runNext);
        }

        assertThat(viewModel.tables()).allSatisfy(entry -> assertThat(entry.summary().get()).isNotNull());
        assertThat(viewModel.loading().get()).isFalse();
        assertThat(session.errors().problems()).isEmpty();
    }
}
