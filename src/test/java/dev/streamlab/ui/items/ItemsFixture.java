package dev.streamlab.ui.items;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Connection;
import dev.streamlab.json.ItemJson;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An items view-model on a session connected to the shared DynamoDB Local, and what its tests do with it. */
final class ItemsFixture implements AutoCloseable {

    final Session session;
    final ItemsViewModel viewModel;

    private ItemsFixture(Session session) throws Exception {
        this.session = session;
        this.viewModel = FxThread.call(() -> new ItemsViewModel(session));
    }

    /** Background work on the calling thread. */
    static ItemsFixture connected() throws Exception {
        return new ItemsFixture(TestSessions.connected());
    }

    /** Background work wherever the test's executor puts it (held, to be released when the test says). */
    static ItemsFixture connectedWith(Executor executor) throws Exception {
        FxThread.start();
        var session = new Session(TestSessions.options(() -> new Connection(ClientFactory.open(LocalDynamo.profile()),
                Optional.empty())), executor, Platform::runLater);
        FxThread.run(session::connect);
        Await.until("the session is connected", () -> session.workspace().get() != null);
        return new ItemsFixture(session);
    }

    static void put(String table, String dynamoJson) {
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(table).item(item(dynamoJson)));
    }

    static Map<String, AttributeValue> item(String dynamoJson) {
        return ItemJson.readDynamo(dynamoJson, "test item");
    }

    static Optional<Map<String, AttributeValue>> get(String table, String keyJson) {
        var response = LocalDynamo.clients().dynamo().getItem(r -> r.tableName(table).key(item(keyJson))
                .consistentRead(true));
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    /** Selects the table as the tables list does, and waits until its first page is shown. */
    void select(String table) throws Exception {
        FxThread.run(() -> session.selectedTable().set(table));
        Await.until("table " + table + " is read", () -> fx(() -> viewModel.table().get() != null
                && !viewModel.reading().get()));
    }

    /** One attribute of every row, as its cell shows it, in the order shown. */
    List<String> column(String attribute) {
        return fx(() -> viewModel.rows().stream().map(row -> row.cell(attribute).text()).toList());
    }

    /** Reads FX state from a test thread, for polled conditions. */
    static <T> T fx(Callable<T> read) {
        try {
            return FxThread.call(read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        FxThread.run(session::close);
    }
}
