package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPage;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;

/**
 * A scan or query of the table. The browser ends a page early after a bounded number of requests (a sparse
 * filter); this keeps asking until the page is full or the data ends.
 */
record TablePages(ItemPageRequest request) implements PagedRead {

    @Override
    public int pageSize() {
        return request.pageSize();
    }

    @Override
    public PageRead read(Database database, TableInfo.KeySchema key, IntConsumer progress) {
        List<ItemRow> rows = new ArrayList<>();
        ItemPageRequest part = request;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The read was cancelled.");
            }
            ItemPage page = database.browser().page(part.withPageSize(request.pageSize() - rows.size()));
            page.items().forEach(item -> rows.add(ItemRow.of(key, item, ItemRow.Change.NONE)));
            progress.accept(rows.size());
            if (!page.hasMore() || rows.size() >= request.pageSize()) {
                return new PageRead(rows, page.nextKey().map(next -> new TablePages(request.startingAt(page.nextKey()))));
            }
            part = part.startingAt(page.nextKey());
        }
    }

    @Override
    public Optional<ItemPageRequest> tableRequest() {
        return Optional.of(request);
    }

    @Override
    public boolean filtered() {
        return request.filter().isPresent();
    }
}
