package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import java.util.function.IntConsumer;

/** The pages of a scan or query, each starting where the previous one stopped. */
record RequestPages(ItemPageRequest request) implements NextPage {

    @Override
    public Landing read(Database database, TableInfo.KeySchema key, IntConsumer progress) {
        PageRead page = PageRead.read(database.browser(), request, key, progress);
        return new Landing(page, page.nextKey().map(next -> new RequestPages(request.startingAt(page.nextKey())))
                .orElse(null));
    }

    @Override
    public String progress(int rows) {
        return "Reading… " + rows + " of " + request.pageSize()
                + (request.filter().isPresent() ? " matches so far" : " items");
    }
}
