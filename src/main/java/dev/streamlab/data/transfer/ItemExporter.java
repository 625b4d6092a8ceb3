package dev.streamlab.data.transfer;

import dev.streamlab.data.ItemBrowser;
import dev.streamlab.data.ItemPage;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import dev.streamlab.data.TableSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes the items of a scan or query (a whole table, an index, a filtered read) to a file, page by page. */
public final class ItemExporter {

    private final ItemBrowser browser;
    private final TableSchemas schemas;

    public ItemExporter(ItemBrowser browser, TableSchemas schemas) {
        this.browser = browser;
        this.schemas = schemas;
    }

    /**
     * Checks the request, then reads and writes every page. Only the current page is held in memory.
     *
     * @param exported  told the running count after each page
     * @param cancelled asked between pages
     * @return how many items were written
     * @throws CancellationException when {@code cancelled} said so
     */
    public long export(ItemPageRequest request, TransferFormat format, Writer out, LongConsumer exported,
            BooleanSupplier cancelled) {
        browser.check(request);
        TableInfo table = schemas.of(request.table());
        try (ItemSink sink = sink(table, format, out)) {
            long count = 0;
            ItemPageRequest next = request;
            while (true) {
                ItemPage page = browser.page(next);
                for (var item : page.items()) {
                    sink.write(keysFirst(table, item));
                }
                count += page.items().size();
                exported.accept(count);
                if (!page.hasMore()) {
                    break;
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The export was cancelled after " + count + " items.");
                }
                next = next.startingAt(page.nextKey());
            }
            sink.finish();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written", e);
        }
    }

    /** Writes items already read (e.g. those selected in the window) in the table's key-first order. */
    public long exportItems(String tableName, List<Map<String, AttributeValue>> items, TransferFormat format,
            Writer out) {
        TableInfo table = schemas.of(tableName);
        try (ItemSink sink = sink(table, format, out)) {
            for (var item : items) {
                sink.write(keysFirst(table, item));
            }
            sink.finish();
            return items.size();
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written", e);
        }
    }

    private static ItemSink sink(TableInfo table, TransferFormat format, Writer out) throws IOException {
        return switch (format) {
            case JSONL -> new JsonLinesSink(out);
            case JSON -> new JsonArraySink(out);
            case CSV -> new CsvSink(out, keyColumns(table));
        };
    }

    /** The key attributes lead, as a person reading the file looks for them. */
    private static Map<String, AttributeValue> keysFirst(TableInfo table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> ordered = new LinkedHashMap<>();
        table.key().attributes().forEach(name -> ordered.put(name, item.get(name)));
        ordered.putAll(item);
        ordered.values().removeIf(java.util.Objects::isNull);
        return ordered;
    }

    private static List<CsvColumn> keyColumns(TableInfo table) {
        return table.key().attributes().stream().map(name -> new CsvColumn(name, table.typeOf(name))).toList();
    }
}
