package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Load sample data…" seeds the workshop tables; on a server of its own, since their names are fixed. */
class LoadSampleDataTest {

    private static final Path SAMPLE_DATA = Path.of("sample-data");

    private EmbeddedDynamoDb server;
    private Clients clients;
    private Session session;
    private TablesViewModel viewModel;

    @BeforeEach
    void connect() throws Exception {
        FxThread.start();
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        ConnectionProfile profile = ConnectionProfile.local(server.endpoint());
        clients = ClientFactory.open(profile);
        session = new Session(TestSessions.options(() -> new Connection(ClientFactory.open(profile),
                Optional.empty())), FxThread.SAME_THREAD, Platform::runLater);
        viewModel = FxThread.call(() -> new TablesViewModel(session));
        FxThread.run(session::connect);
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
        clients.close();
        server.close();
    }

    @Test
    void anEmptyServerSaysHowToGetTables() {
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.NO_TABLES);
        assertThat(viewModel.emptyMessage().get()).contains("sample data").contains("create a table");
    }

    @Test
    void loadsTheSeedsTablesAndItemsAndSaysWhatItDid() throws Exception {
        assertThat(viewModel.sampleDataFolder()).contains(SAMPLE_DATA.toAbsolutePath());

        FxThread.run(() -> viewModel.loadSampleData(SAMPLE_DATA));

        assertThat(session.errors().problems()).isEmpty();
        assertThat(names()).containsExactly("CloudAcademyLabs", "Orders", "cruddur-messages", "events", "reminders");
        int written = 0;
        for (String table : names()) {
            written += clients.dynamo().scan(r -> r.tableName(table)).count();
        }
        assertThat(written).isGreaterThan(40);
        assertThat(viewModel.notice().get())
                .isEqualTo("Loaded sample-data: 5 tables created, " + written + " items written.");
        assertThat(viewModel.progress().get()).isNull();
        TableSummary orders = FxThread.call(() -> viewModel.tables().get(1).summary().get());
        assertThat(orders.streamBadge()).isEqualTo("KEYS_ONLY");
        assertThat(orders.itemCount()).isEqualTo(clients.dynamo().scan(r -> r.tableName("Orders")).count() + " items");
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.NONE);
    }

    @Test
    void loadingAgainKeepsTheTablesAndSaysSo() throws Exception {
        FxThread.run(() -> viewModel.loadSampleData(SAMPLE_DATA));
        FxThread.run(() -> viewModel.loadSampleData(SAMPLE_DATA));

        assertThat(viewModel.notice().get()).startsWith("Loaded sample-data: its 5 tables were there already, ");
    }

    @Test
    void aBadFolderWritesNothingAndGoesToTheErrorPath(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("tables"));
        Files.createDirectories(folder.resolve("items"));
        Files.copy(SAMPLE_DATA.resolve("tables/Orders.json"), folder.resolve("tables/Orders.json"));
        Files.writeString(folder.resolve("items/orders.json"), """
                {"Orders": [{"PutRequest": {"Item": {"Id": {"S": "one"}, "Amount": {"N": "1"}}}}]}""");

        FxThread.run(() -> viewModel.loadSampleData(folder));

        assertThat(session.errors().latest().get().source()).isEqualTo("Load sample data");
        assertThat(session.errors().latest().get().message()).startsWith("Item 1 of table Orders gives \"Id\" as S");
        assertThat(clients.dynamo().listTables().tableNames()).isEmpty();
        assertThat(viewModel.notice().get()).isNull();
        assertThat(viewModel.progress().get()).isNull();
    }

    private List<String> names() throws Exception {
        return FxThread.call(() -> viewModel.tables().stream().map(TableEntry::name).toList());
    }
}
