package dev.streamlab.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's recent reads, per connection and table, newest first, beside the connections file
 * (~/.streamlab/recent-reads.json). A read is the read bar as the user left it; values typed there may be private,
 * so the file is owner-only like the connections file.
 */
public final class RecentReadsFile {

    private final Path file;

    public RecentReadsFile(Path file) {
        this.file = file;
    }

    /** The reads kept for the table, newest first; none if the file is missing or unreadable. */
    public synchronized List<JsonNode> read(String connection, String table) {
        List<JsonNode> reads = new ArrayList<>();
        root().path(connection).path(table).forEach(reads::add);
        return reads;
    }

    /** Puts {@code read} first (moving it there if it was kept already) and keeps at most {@code keep}. */
    public synchronized List<JsonNode> remember(String connection, String table, JsonNode read, int keep) {
        ObjectNode root = root();
        ObjectNode byTable = root.with(connection);
        List<JsonNode> reads = new ArrayList<>();
        reads.add(read);
        byTable.path(table).forEach(kept -> {
            if (!kept.equals(read) && reads.size() < keep) {
                reads.add(kept);
            }
        });
        ArrayNode list = byTable.putArray(table);
        reads.forEach(list::add);
        write(root);
        return reads;
    }

    private ObjectNode root() {
        if (!Files.exists(file)) {
            return Json.mapper().createObjectNode();
        }
        try {
            JsonNode root = Json.mapper().readTree(TextFiles.read(file, "The recent reads file",
                    TextFiles.SETTINGS_MAX_BYTES));
            return root instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
        } catch (JsonProcessingException | UserInputException e) {
            // Only a convenience: a broken file reads as empty, and the next read kept writes over it.
            return Json.mapper().createObjectNode();
        }
    }

    private void write(ObjectNode root) {
        try {
            OwnerOnlyFiles.replaceWhole(file, Json.prettyWriter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("The recent reads file " + file + " cannot be written", e);
        }
    }
}
