package dev.streamlab.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.streamlab.connect.AwsProfiles;
import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.connect.SavedConnection;
import dev.streamlab.connect.SavedConnection.Kind;
import dev.streamlab.data.ConnectionsFile;
import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.Await;
import dev.streamlab.trigger.host.HostOptions;
import dev.streamlab.ui.WindowOptions;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

class ConnectionsViewModelTest {

    private Session session;
    private ConnectionsViewModel viewModel;
    private Path file;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @BeforeEach
    void open(@TempDir Path aws) throws Exception {
        session = TestSessions.connected();
        file = session.options().connectionsFile();
        Path config = Files.writeString(aws.resolve("config"), "[profile work]\nregion = eu-west-1\n");
        viewModel = new ConnectionsViewModel(session, new AwsProfiles(() -> ProfileFile.builder().content(config)
                .type(ProfileFile.Type.CONFIGURATION).build()));
        FxThread.run(viewModel::reload);
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void theListHasTheEmbeddedServerAndTheProfilesOfAwsConfig() {
        assertThat(viewModel.entries()).extracting(ConnectionEntry::name, ConnectionEntry::details)
                .containsExactly(
                        tuple("Embedded DynamoDB Local",
                                "localhost:8000 (started by StreamLab if none runs)"),
                        tuple("AWS work", "profile work · eu-west-1 · from ~/.aws"));
    }

    @Test
    void aNewLocalConnectionIsSavedToTheFileAndListed() throws Exception {
        FxThread.run(() -> {
            viewModel.newConnection();
            viewModel.form().name().set("docker");
            viewModel.form().endpoint().set(LocalDynamo.endpoint().toString());
            viewModel.save();
        });

        assertThat(viewModel.failed().get()).isFalse();
        assertThat(viewModel.message().get()).isEqualTo("Saved \"docker\" in " + file + ".");
        assertThat(viewModel.entries()).extracting(ConnectionEntry::name).contains("docker");
        assertThat(new ConnectionsFile(file).read().named("docker")).hasValueSatisfying(saved ->
                assertThat(saved.endpoint()).contains(LocalDynamo.endpoint()));
    }

    @Test
    void aFormWithoutAnEndpointOrWithATakenNameSaysSoAndSavesNothing() throws Exception {
        FxThread.run(() -> {
            viewModel.newConnection();
            viewModel.form().name().set("docker");
            viewModel.form().endpoint().set("");
            viewModel.save();
        });

        assertThat(viewModel.failed().get()).isTrue();
        assertThat(viewModel.message().get()).isEqualTo("Connection \"docker\" is local but has no endpoint: give its"
                + " URL, e.g. http://localhost:8000.");
        assertThat(file).doesNotExist();

        FxThread.run(() -> {
            viewModel.form().endpoint().set("http://localhost:8000");
            viewModel.save();
        });
        FxThread.run(() -> {
            viewModel.newConnection();
            viewModel.form().name().set("docker");
            viewModel.save();
        });

        assertThat(viewModel.message().get()).isEqualTo("A connection called \"docker\" is saved already: give this"
                + " one another name.");
        assertThat(new ConnectionsFile(file).read().connections()).hasSize(1);
    }

    @Test
    void testingAConnectionSaysHowManyTablesItHasAndChangesNothing() throws Exception {
        int tables = session.database().tables().listTables().size();
        FxThread.run(() -> {
            viewModel.newConnection();
            viewModel.form().name().set("shared");
            viewModel.form().endpoint().set(LocalDynamo.endpoint().toString());
            viewModel.test();
        });

        assertThat(viewModel.message().get()).isEqualTo("shared answers: " + tables
                + (tables == 1 ? " table." : " tables."));
        assertThat(file).doesNotExist();
        assertThat(session.workspace().get().name()).isNotEqualTo("shared");
    }

    @Test
    void connectingSwitchesTheWindowAndTheNextStartReopensIt() throws Exception {
        try (EmbeddedDynamoDb other = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0))) {
            createTable(other, "OnlyOnTheOtherServer");
            FxThread.run(() -> {
                viewModel.newConnection();
                viewModel.form().name().set("other");
                viewModel.form().endpoint().set(other.endpoint().toString());
                viewModel.connect();
            });

            assertThat(viewModel.message().get()).isEqualTo("Connected to other.");
            assertThat(viewModel.current().get()).isEqualTo("other");
            assertThat(session.database().tables().listTables()).containsExactly("OnlyOnTheOtherServer");
            assertThat(session.connectionStatus().get()).isEqualTo("Connected to DynamoDB Local at "
                    + other.endpoint());
            Await.until("the last connection is remembered", () ->
                    new ConnectionsFile(file).read().last().equals(Optional.of("other")));

            var restarted = new Session(new WindowOptions(() -> new Connection(ClientFactory.open(
                    LocalDynamo.profile()), Optional.empty()), Map.of(), Optional.empty(), file.getParent(), false,
                    HostOptions.DEFAULT_LOOP_LIMIT, file, false), FxThread.SAME_THREAD, Platform::runLater);
            FxThread.run(restarted::connect);
            try {
                assertThat(restarted.workspace().get().name()).isEqualTo("other");
                assertThat(restarted.database().tables().listTables()).containsExactly("OnlyOnTheOtherServer");
            } finally {
                FxThread.run(restarted::close);
            }
        }
    }

    static void createTable(EmbeddedDynamoDb server, String name) {
        try (var clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()))) {
            new TableAdmin(clients.dynamo(), clients.profile()).create(CreateTableFile.parse("""
                    {"TableName": "%s",
                     "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                     "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}]}""".formatted(name), name));
        }
    }

    @Test
    void aConnectionThatFailsLeavesTheWindowNotConnectedWithTheReason() throws Exception {
        FxThread.run(() -> {
            viewModel.edit(new ConnectionEntry(SavedConnection.checked("gone", Kind.LOCAL, "http://127.0.0.1:1", "",
                    ""), ConnectionEntry.Origin.SAVED));
            viewModel.connect();
        });

        assertThat(viewModel.failed().get()).isTrue();
        assertThat(viewModel.message().get()).startsWith("Nothing answers at http://127.0.0.1:1");
        assertThat(session.workspace().get()).isNull();
        assertThat(session.connectionStatus().get()).isEqualTo("Not connected");
    }
}
