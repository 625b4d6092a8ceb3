package dev.streamlab.ui.items;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.data.RecentReadsFile;
import dev.streamlab.ui.common.Session;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown table's last reads, newest first, kept per connection in the recent reads file beside the
 * connections file, so that they are there at the next start. The file is read and written in the background.
 */
final class RecentReads {

    static final int KEPT = 12;
    private static final String SOURCE = "Recent reads";

    private final Session session;
    private final RecentReadsFile file;
    private final ObservableList<ReadSnapshot> reads = FXCollections.observableArrayList();
    private String table;

    RecentReads(Session session) {
        this.session = session;
        this.file = new RecentReadsFile(session.options().connectionsFile().resolveSibling("recent-reads.json"));
    }

    ObservableList<ReadSnapshot> reads() {
        return reads;
    }

    /** Shows the reads kept for {@code shown}; none until they are read from the file. */
    void show(String shown) {
        table = shown;
        reads.clear();
        if (shown == null || session.workspace().get() == null) {
            return;
        }
        String connection = session.workspace().get().name();
        session.run(session.task(SOURCE, () -> file.read(connection, shown))
                .onSuccess(kept -> showIfStill(shown, kept)));
    }

    void remember(ReadSnapshot read) {
        if (table == null || session.workspace().get() == null) {
            return;
        }
        String shown = table;
        String connection = session.workspace().get().name();
        JsonNode json = read.toJson();
        session.run(session.task(SOURCE, () -> file.remember(connection, shown, json, KEPT))
                .onSuccess(kept -> showIfStill(shown, kept)));
    }

    private void showIfStill(String shown, List<JsonNode> kept) {
        if (Objects.equals(shown, table)) {
            reads.setAll(kept.stream().map(ReadSnapshot::fromJson).filter(Objects::nonNull).toList());
        }
    }
}
