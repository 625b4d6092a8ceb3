package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.TableInfo;
import java.util.function.IntConsumer;

/** Where a read's next page comes from: a scan or query from its start key, or a PartiQL statement's NextToken. */
interface NextPage {

    /** Reads the page in the background; {@code progress} is told how many rows it has so far. */
    Landing read(Database database, TableInfo.KeySchema key, IntConsumer progress);

    /** What the footer says while the page is read, with {@code rows} read so far. */
    String progress(int rows);

    /** @param next the page after this one; null once the read is done */
    record Landing(PageRead page, NextPage next) {
    }
}
