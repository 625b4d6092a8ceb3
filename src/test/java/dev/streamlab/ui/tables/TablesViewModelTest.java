package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.NonSharedServer;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import dev.streamlab.ui.tables.TableDetails.IndexRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TablesViewModelTest {

    private static String messages;
    private static String plain;
    private static String orders;

    private Session session;
    private TablesViewModel viewModel;

    @BeforeAll
    static void tables() throws Exception {
        FxThread.start();
        messages = TestTables.messagesWithTtl();
        plain = TestTables.plain();
        orders = TestTables.orders().name();
        for (String id : List.of("1", "2")) {
            LocalDynamo.clients().dynamo().putItem(r -> r.tableName(orders)
                    .item(Map.of("Id", AttributeValue.fromN(id), "Amount", AttributeValue.fromN("10"))));
        }
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
        assertThat(names()).contains(messages, plain).isSorted();
        assertThat(FxThread.call(() -> List.copyOf(session.tableNames()))).isEqualTo(names());
        assertThat(viewModel.loading().get()).isFalse();
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.NONE);
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void eachTableShowsItsStreamBadgeAndItemCount() throws Exception {
        TableSummary ordersSummary = summaryOf(orders);
        assertThat(ordersSummary.streamBadge()).isEqualTo("KEYS_ONLY");
        assertThat(ordersSummary.hasStream()).isTrue();
        // DynamoDB Local counts as items are written: exact, so no "~".
        assertThat(ordersSummary.itemCount()).isEqualTo("2 items");
        assertThat(ordersSummary.itemCountNote()).isEmpty();

        TableSummary plainSummary = summaryOf(plain);
        assertThat(plainSummary.streamBadge()).isEqualTo("no stream");
        assertThat(plainSummary.hasStream()).isFalse();
        assertThat(plainSummary.itemCount()).isEqualTo("0 items");
        assertThat(summaryOf(messages).streamBadge()).isEqualTo("NEW_IMAGE");
    }

    @Test
    void onDynamoDbLocalACountFollowsWritesMadeElsewhere() throws Exception {
        // Once the readers have looked at the tables there were, a new table is read from its first record.
        Await.until("the readers follow the tables", () -> !session.readersStatus().get().isEmpty());
        String table = TestTables.orders().name();
        FxThread.run(session::tableSetChanged);
        assertThat(summaryOf(table).itemCount()).isEqualTo("0 items");

        for (String id : List.of("1", "2", "3")) {
            LocalDynamo.clients().dynamo().putItem(r -> r.tableName(table)
                    .item(Map.of("Id", AttributeValue.fromN(id), "Amount", AttributeValue.fromN("5"))));
        }

        Await.until("the list counts 3 items", () -> "3 items".equals(uncheckedSummaryOf(table).itemCount()));
    }

    @Test
    void refreshAddsANewTableInNameOrder() throws Exception {
        String added = TestTables.plain();

        FxThread.run(viewModel::refresh);

        assertThat(names()).contains(added).isSorted();
        assertThat(summaryOf(added).itemCount()).isEqualTo("0 items");
    }

    @Test
    void theSearchFiltersTheListAsYouType() throws Exception {
        FxThread.run(() -> viewModel.search().set(plain.toUpperCase()));

        assertThat(names()).containsExactly(plain);

        FxThread.run(() -> viewModel.search().set("no-such-table"));

        assertThat(names()).isEmpty();
        assertThat(viewModel.emptyState().get()).isEqualTo(EmptyState.NO_MATCH);
        assertThat(viewModel.emptyMessage().get()).isEqualTo("No table matches “no-such-table”. Press Esc to clear"
                + " the search.");

        FxThread.run(() -> viewModel.search().set(""));

        assertThat(names()).contains(plain, messages, orders);
    }

    @Test
    void enterInTheSearchSelectsTheFirstMatch() throws Exception {
        FxThread.run(() -> {
            viewModel.search().set(orders);
            viewModel.selectFirstMatch();
        });

        assertThat(session.selectedTable().get()).isEqualTo(orders);
        assertThat(viewModel.visibleIndexOfSelected()).isZero();
    }

    @Test
    void aTableSelectedElsewhereThatTheSearchHidesClearsTheSearch() throws Exception {
        FxThread.run(() -> viewModel.search().set(plain));

        // As the navigator does when another view shows an item of this table.
        FxThread.run(() -> session.selectedTable().set(messages));

        assertThat(viewModel.search().get()).isEmpty();
        assertThat(FxThread.call(() -> viewModel.tables().get(viewModel.visibleIndexOfSelected()).name()))
                .isEqualTo(messages);
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
        assertThat(details.stream()).isEqualTo("no stream — enable one in its table file");
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

            assertThat(FxThread.call(() -> List.copyOf(tables.tables()))).isEmpty();
            assertThat(tables.emptyState().get()).isEqualTo(EmptyState.NO_TABLES);
            assertThat(elsewhere.errors().latest().get().message()).contains("without -sharedDb")
                    .contains("under key \"fakeMyKeyId\" in region localhost");
            FxThread.run(elsewhere::close);
        }
    }

    private List<String> names() throws Exception {
        return FxThread.call(() -> viewModel.tables().stream().map(TableEntry::name).toList());
    }

    private TableSummary uncheckedSummaryOf(String table) {
        try {
            return summaryOf(table);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TableSummary summaryOf(String table) throws Exception {
        return FxThread.call(() -> viewModel.tables().stream().filter(entry -> entry.name().equals(table))
                .findFirst().orElseThrow().summary().get());
    }
}
