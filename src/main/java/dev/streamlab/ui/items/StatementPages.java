package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.PartiqlPage;
import dev.streamlab.data.TableInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** The pages of a PartiQL statement, each from the previous page's NextToken. */
record StatementPages(String statement, Optional<String> nextToken) implements NextPage {

    @Override
    public Landing read(Database database, TableInfo.KeySchema key, IntConsumer progress) {
        PartiqlPage page = database.partiql().page(statement, List.of(), nextToken);
        List<ItemRow> rows = page.items().stream().map(item -> ItemRow.of(key, item, ItemRow.Change.NONE)).toList();
        progress.accept(rows.size());
        // ExecuteStatement tells no ScannedCount: the tally is left to scans and queries
        return new Landing(new PageRead(rows, Optional.empty(), 0, Optional.empty()),
                page.nextToken().map(token -> new StatementPages(statement, Optional.of(token))).orElse(null));
    }

    @Override
    public String progress(int rows) {
        return "Running the statement… " + rows + " items";
    }
}
