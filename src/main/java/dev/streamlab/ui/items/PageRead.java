package dev.streamlab.ui.items;

import dev.streamlab.data.ItemBrowser;
import dev.streamlab.data.ItemPage;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads one page of rows in the background. The browser ends a page early after a bounded number of requests
 * (a sparse filter); this keeps asking until the page is full or the data ends, telling how many rows it has so
 * far, and stops between requests once cancelled.
 *
 * @param nextKey  where the next page starts; empty when everything was read
 * @param scanned  the items DynamoDB read to find these rows (ScannedCount)
 * @param capacity the capacity units the read cost, when DynamoDB said
 */
record PageRead(List<ItemRow> rows, Optional<Map<String, AttributeValue>> nextKey, int scanned,
        Optional<Double> capacity) {

    static PageRead read(ItemBrowser browser, ItemPageRequest request, TableInfo.KeySchema key, IntConsumer progress) {
        List<ItemRow> rows = new ArrayList<>();
        ItemPageRequest part = request;
        int scanned = 0;
        Optional<Double> capacity = Optional.empty();
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The read was cancelled.");
            }
            ItemPage page = browser.page(part.withPageSize(request.pageSize() - rows.size()));
            page.items().forEach(item -> rows.add(ItemRow.of(key, item, ItemRow.Change.NONE)));
            progress.accept(rows.size());
            scanned += page.scannedCount();
            Optional<Double> before = capacity;
            capacity = page.consumedCapacity().map(units -> before.orElse(0.0) + units).or(() -> before);
            if (!page.hasMore() || rows.size() >= request.pageSize()) {
                return new PageRead(rows, page.nextKey(), scanned, capacity);
            }
            part = part.startingAt(page.nextKey());
        }
    }
}
