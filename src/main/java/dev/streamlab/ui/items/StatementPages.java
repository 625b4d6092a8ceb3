package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.PartiqlRunner.StatementPage;
import dev.streamlab.data.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;

/**
 * A PartiQL statement, a page at a time through ExecuteStatement's NextToken. DynamoDB's Limit counts the items it
 * evaluates, so a WHERE can make a response short while more follow: this asks on until the page is full.
 *
 * @param nextToken where the next page starts; empty for the first
 */
record StatementPages(String statement, int pageSize, Optional<String> nextToken) implements PagedRead {

    @Override
    public PageRead read(Database database, TableInfo.KeySchema key, IntConsumer progress) {
        List<ItemRow> rows = new ArrayList<>();
        Optional<String> token = nextToken;
        do {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The read was cancelled.");
            }
            StatementPage page = database.partiql().page(statement, List.of(), pageSize - rows.size(), token);
            page.items().forEach(item -> rows.add(ItemRow.of(key, item, ItemRow.Change.NONE)));
            progress.accept(rows.size());
            token = page.nextToken();
        } while (token.isPresent() && rows.size() < pageSize);
        return new PageRead(rows, token.map(next -> new StatementPages(statement, pageSize, Optional.of(next))));
    }

    @Override
    public boolean filtered() {
        return true;
    }
}
