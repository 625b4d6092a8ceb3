package dev.streamlab.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.json.ItemJson;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TransferViewModelTest {

    private Session session;
    private TransferViewModel viewModel;

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new TransferViewModel(session));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void exportingTheReadShownWritesOnlyTheItemsItMatches(@TempDir Path dir) throws Exception {
        String table = TestTables.orders().name();
        for (int id = 1; id <= 6; id++) {
            String number = String.valueOf(id);
            LocalDynamo.clients().dynamo().putItem(put -> put.tableName(table).item(Map.of("Id",
                    AttributeValue.fromN(number), "Amount", AttributeValue.fromN("10"))));
        }
        var filtered = new ItemPageRequest(table, Optional.empty(), Optional.empty(), Optional.of("Id > :three"),
                Optional.empty(), new Expressions(Map.of(), Map.of(":three", AttributeValue.fromN("3"))), false, 2,
                Optional.empty());
        Path file = dir.resolve("bigger.jsonl");
        FxThread.run(() -> {
            session.selectedTable().set(table);
            session.shownRead().set(filtered);
        });
        assertThat(viewModel.canExportShown().get()).isTrue();

        FxThread.run(() -> viewModel.exportShownTo(file));

        assertThat(viewModel.status().get()).isEqualTo("Exported 3 items of " + table + " (the read shown) to " + file
                + ".");
        assertThat(Files.readAllLines(file)).extracting(line -> ItemJson.readDynamo(line.substring("{\"Item\":".length(),
                line.length() - 1), "export").get("Id").n()).containsExactlyInAnyOrder("4", "5", "6");
    }

    @Test
    void exportingTheSelectedItemsWritesThoseAndNoOtherKeysFirst(@TempDir Path dir) throws Exception {
        String table = TestTables.orders().name();
        var first = Map.of("Amount", AttributeValue.fromN("10"), "Note", AttributeValue.fromS("a"),
                "Id", AttributeValue.fromN("1"));
        var second = Map.of("Id", AttributeValue.fromN("2"), "Amount", AttributeValue.fromN("20"));
        Path file = dir.resolve("chosen.csv");
        FxThread.run(() -> session.selectedTable().set(table));
        assertThat(viewModel.canExportSelected().get()).as("nothing selected yet").isFalse();
        FxThread.run(() -> session.selectedItems().setAll(first, second));

        FxThread.run(() -> viewModel.exportSelectedTo(file));

        assertThat(viewModel.status().get()).isEqualTo("Exported the 2 items selected in " + table + " to " + file
                + ".");
        assertThat(Files.readAllLines(file)).containsExactly("Id (N),Amount (N),Note (S)", "1,10,a", "2,20,");
    }
}
