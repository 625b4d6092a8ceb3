package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.NonSharedServer;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import dev.streamlab.ui.tables.TableDetails.IndexRow;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TablesViewModelTest {

    private static String messages;
    private static String plain;

    private Session session;
    private TablesViewModel viewModel;

    @BeforeAll
    static void tables() throws Exception {
        FxThread.start();
        messages = TestTables.messagesWithTtl();
        plain = TestTables.plain();
    }

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new TablesViewModel(session));
        FxThread.run(viewModel::refresh);
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void connectingLoadsTheTableList() throws Exception {
        assertThat(FxThread.call(() -> List.copyOf(viewModel.tableNames()))).contains(messages, plain);
        assertThat(viewModel.loading().get()).isFalse();
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void refreshAddsANewTableInNameOrder() throws Exception {
        String added = TestTables.plain();

        FxThread.run(viewModel::refresh);

        var names = FxThread.call(() -> List.copyOf(viewModel.tableNames()));
        assertThat(names).contains(added).isSorted();
    }

    @Test
    void selectingATableDescribesItsKeysIndexesAndStream() throws Exception {
        FxThread.run(() -> viewModel.select(messages));

        assertThat(session.errors().problems()).isEmpty();
        TableDetails details = viewModel.details().get();
        assertThat(details.name()).isEqualTo(messages);
        assertThat(details.partitionKey()).isEqualTo("pk (S)");
        assertThat(details.sortKey()).isEqualTo("sk (N)");
        assertThat(details.indexes()).containsExactly(
                new IndexRow("GSI", "group-sk-index", "group (S) + sk (N)", "ALL"),
                new IndexRow("LSI", "sent-at-index", "pk (S) + sentAt (S)", "KEYS_ONLY"));
        assertThat(details.stream()).isEqualTo("NEW_IMAGE");
        assertThat(details.streamArn()).startsWith("arn:aws:dynamodb:").contains(messages + "/stream/");
        assertThat(details.ttl()).isEqualTo("expiresAt");
        assertThat(details.items()).isEqualTo("0 items");
    }

    @Test
    void aTableWithoutExtrasSaysSo() throws Exception {
        FxThread.run(() -> viewModel.select(plain));

        assertThat(session.errors().problems()).isEmpty();
        TableDetails details = viewModel.details().get();
        assertThat(details.partitionKey()).isEqualTo("id (S)");
        assertThat(details.sortKey()).isEqualTo("none");
        assertThat(details.indexes()).isEmpty();
        assertThat(details.stream()).isEqualTo("no stream");
        assertThat(details.ttl()).isEqualTo("not enabled");
    }

    @Test
    void aMissingTableIsOneSentence() throws Exception {
        String missing = LocalDynamo.uniqueTableName("missing");

        FxThread.run(() -> viewModel.select(missing));

        assertThat(viewModel.details().get()).isNull();
        assertThat(session.errors().latest().get().message())
                .isEqualTo("Table " + missing + " does not exist here: check the name against the list of tables.")
                .doesNotContain("\n");
        assertThat(viewModel.loading().get()).isFalse();
    }

    @Test
    void anEmptyListOnAServerWithoutSharedDbSaysWhereTheTablesAre() throws Exception {
        try (var server = new NonSharedServer()) {
            var profile = ConnectionProfile.local(server.endpoint());
            server.createTableAs("fakeMyKeyId", "localhost", "Music");
            var elsewhere = new Session(TestSessions.options(() -> new Connection(ClientFactory.open(profile),
                    Optional.empty())), FxThread.SAME_THREAD, Platform::runLater);
            var tables = FxThread.call(() -> new TablesViewModel(elsewhere));
            FxThread.run(elsewhere::connect);

            assertThat(FxThread.call(() -> List.copyOf(tables.tableNames()))).isEmpty();
            assertThat(elsewhere.errors().latest().get().message()).contains("without -sharedDb")
                    .contains("under key \"fakeMyKeyId\" in region localhost");
            FxThread.run(elsewhere::close);
        }
    }
}
