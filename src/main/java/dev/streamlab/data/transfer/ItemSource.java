package dev.streamlab.data.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Items read from an import file one at a time, so a file of any length needs only one item in memory. */
interface ItemSource extends Closeable {

    /** The next item or problem; empty at the end of the file. */
    Optional<SourceItem> next() throws IOException;
}
