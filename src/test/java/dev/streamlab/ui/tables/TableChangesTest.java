package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.TableCatalog;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Creating a table from its file and dropping one, through the view-model, on the shared DynamoDB Local. */
class TableChangesTest {

    private Session session;
    private TablesViewModel viewModel;

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
    void aTableCreatedFromItsFileIsListedAndSelected(@TempDir Path folder) throws Exception {
        String name = LocalDynamo.uniqueTableName("created");
        Path file = Files.writeString(folder.resolve("table.json"), """
                {"TableName": "%s",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                """.formatted(name));

        FxThread.run(() -> viewModel.createTable(file));

        assertThat(session.errors().problems()).isEmpty();
        assertThat(names()).contains(name);
        assertThat(session.selectedTable().get()).isEqualTo(name);
        assertThat(viewModel.details().get().stream()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(viewModel.notice().get()).isEqualTo("Created table " + name + ".");
        assertThat(viewModel.progress().get()).isNull();
    }

    @Test
    void aBadTableFileCreatesNothingAndSaysWhere(@TempDir Path folder) throws Exception {
        String name = LocalDynamo.uniqueTableName("bad");
        Path file = Files.writeString(folder.resolve("bad.json"), "{\"TableName\": \"" + name + "\",\n  \"KeySchema\": [");

        FxThread.run(() -> viewModel.createTable(file));

        assertThat(session.errors().latest().get().source()).isEqualTo("Create table");
        assertThat(session.errors().latest().get().message()).contains("not valid CreateTable JSON at line 2");
        assertThat(new TableCatalog(LocalDynamo.clients().dynamo()).listTables()).doesNotContain(name);
        assertThat(viewModel.notice().get()).isNull();
        assertThat(viewModel.progress().get()).isNull();
    }

    @Test
    void locallyDroppingNeedsOnlyAYes() throws Exception {
        String table = TestTables.plain();
        FxThread.run(viewModel::refresh);
        FxThread.run(() -> viewModel.select(table));

        TableConfirmation confirmation = FxThread.call(() -> viewModel.dropConfirmation(table));
        assertThat(confirmation.requiresTypedName()).isFalse();
        assertThat(confirmation.consequence()).contains("its 0 items");

        assertThat(FxThread.call(() -> viewModel.drop(confirmation, null))).isTrue();

        assertThat(session.errors().problems()).isEmpty();
        assertThat(names()).doesNotContain(table);
        assertThat(session.tableNames()).doesNotContain(table);
        assertThat(session.selectedTable().get()).isNull();
        assertThat(viewModel.notice().get()).isEqualTo("Dropped table " + table + ".");
    }

    @Test
    void whereTheNameMustBeTypedAWrongNameDropsNothing() throws Exception {
        String table = TestTables.plain();
        FxThread.run(viewModel::refresh);
        // What dropConfirmation gives on AWS, where isAws() holds.
        var onAws = new TableConfirmation(TableConfirmation.Kind.DROP, table, "0 items", true);

        assertThat(FxThread.call(() -> viewModel.drop(onAws, table.toUpperCase()))).isFalse();

        assertThat(session.errors().latest().get().message())
                .isEqualTo("The name typed is not " + table + ": nothing was dropped.");
        assertThat(new TableCatalog(LocalDynamo.clients().dynamo()).listTables()).contains(table);
        assertThat(names()).contains(table);

        assertThat(FxThread.call(() -> viewModel.drop(onAws, table))).isTrue();

        assertThat(names()).doesNotContain(table);
    }

    @Test
    void theContextMenusActionsChangeTheStreamAndTtlAndPurgeOnlyWithTheNameTyped() throws Exception {
        String table = TestTables.plain();
        TableActions actions = FxThread.call(viewModel::actions);

        FxThread.run(() -> actions.setStream(table, "NEW_IMAGE"));
        assertThat(viewModel.notice().get()).isEqualTo("The stream of " + table + " is NEW_IMAGE.");
        FxThread.run(() -> actions.setTimeToLive(table, " ExpiresAt "));
        assertThat(viewModel.notice().get()).isEqualTo("Items of " + table + " expire by their ExpiresAt attribute.");
        var catalog = new TableCatalog(LocalDynamo.clients().dynamo());
        assertThat(catalog.describe(table).stream().map(stream -> stream.viewType())).contains("NEW_IMAGE");
        assertThat(catalog.describe(table).ttlAttribute()).contains("ExpiresAt");

        LocalDynamo.clients().dynamo().putItem(put -> put.tableName(table).item(Map.of("id", AttributeValue.fromS("x"))));
        var onAws = new TableConfirmation(TableConfirmation.Kind.PURGE, table, "1 item", true);
        assertThat(FxThread.call(() -> actions.purge(onAws, "wrong"))).isFalse();
        assertThat(session.errors().latest().get().message()).isEqualTo("The name typed is not " + table
                + ": nothing was deleted.");
        assertThat(LocalDynamo.clients().dynamo().scan(scan -> scan.tableName(table)).count()).isEqualTo(1);

        assertThat(FxThread.call(() -> actions.purge(onAws, table))).isTrue();
        assertThat(viewModel.notice().get()).isEqualTo("Deleted 1 item of " + table + ".");
        assertThat(LocalDynamo.clients().dynamo().scan(scan -> scan.tableName(table)).count()).isZero();
    }

    private List<String> names() throws Exception {
        return FxThread.call(() -> viewModel.tables().stream().map(TableEntry::name).toList());
    }
}
