package dev.streamlab.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableInfo;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemImporterTest {

    private final ItemImporter importer = new ItemImporter(LocalDynamo.clients().dynamo(),
            new TableSchemas(new TableCatalog(LocalDynamo.clients().dynamo())));

    @Test
    void aCancelledImportStopsAfterTheBatchInFlightAndSaysHowManyWereWritten(@TempDir Path dir) throws Exception {
        TableInfo table = TestTables.orders();
        Path file = Files.writeString(dir.resolve("orders.jsonl"), IntStream.rangeClosed(1, 100)
                .mapToObj(i -> "{\"Item\": {\"Id\": {\"N\": \"" + i + "\"}, \"Amount\": {\"N\": \"1\"}}}")
                .collect(Collectors.joining("\n")));
        var cancelled = new AtomicBoolean();

        ImportResult result = importer.importFile(table.name(), file, TransferFormat.JSONL,
                written -> cancelled.set(written >= 50), cancelled::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.written()).isEqualTo(50);
        assertThat(LocalDynamo.clients().dynamo().scan(scan -> scan.tableName(table.name())).count()).isEqualTo(50);
    }

    @Test
    void theSameKeyTwiceIsWrittenInTurnAndTheLaterItemWins(@TempDir Path dir) throws Exception {
        TableInfo table = TestTables.orders();
        Path file = Files.writeString(dir.resolve("orders.jsonl"), """
                {"Item": {"Id": {"N": "1"}, "Amount": {"N": "5"}, "Note": {"S": "first"}}}
                {"Item": {"Id": {"N": "1.0"}, "Amount": {"N": "5"}, "Note": {"S": "second"}}}
                """);

        ImportResult result = importer.importFile(table.name(), file, TransferFormat.JSONL, written -> { },
                () -> false);

        assertThat(result.complete()).isTrue();
        assertThat(result.written()).isEqualTo(2);
        var items = LocalDynamo.clients().dynamo().scan(scan -> scan.tableName(table.name())).items();
        assertThat(items).singleElement().satisfies(item -> assertThat(item.get("Note").s()).isEqualTo("second"));
    }
}
