package dev.streamlab.data.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The GlobalSecondaryIndexes and LocalSecondaryIndexes of a draft, each checked as DynamoDB would check it. */
final class IndexNodes {

    private IndexNodes() {
    }

    static void add(ObjectNode table, TableDraft draft, Map<String, String> types) {
        Set<String> names = new HashSet<>();
        ArrayNode globals = null;
        ArrayNode locals = null;
        for (IndexDraft index : draft.indexes()) {
            String name = index.trimmedName();
            if (name.isEmpty()) {
                throw new UserInputException(index.kind() + " " + (draft.indexes().indexOf(index) + 1)
                        + " has no name: give it one, e.g. ByEmail.");
            }
            if (!names.add(name)) {
                throw new UserInputException("Two indexes are called \"" + name + "\": give each its own name.");
            }
            ObjectNode node;
            if (index.local()) {
                locals = locals == null ? table.putArray("LocalSecondaryIndexes") : locals;
                node = local(locals, index, draft, types);
            } else {
                globals = globals == null ? table.putArray("GlobalSecondaryIndexes") : globals;
                node = global(globals, index, draft, types);
            }
            node.set("Projection", projection(index));
        }
    }

    private static ObjectNode global(ArrayNode globals, IndexDraft index, TableDraft draft, Map<String, String> types) {
        if (!index.partitionKey().given()) {
            throw new UserInputException("Global index \"" + index.trimmedName() + "\" has no partition key: name"
                    + " one, e.g. Email.");
        }
        ObjectNode node = globals.addObject().put("IndexName", index.trimmedName());
        node.set("KeySchema", TableDraft.keySchema(index.partitionKey(),
                Optional.of(index.sortKey()).filter(KeyDraft::given), "index " + index.trimmedName(), types));
        draft.capacity().ifPresent(units -> node.set("ProvisionedThroughput", TableDraft.throughput(units)));
        return node;
    }

    /** A local index has the table's partition key and a sort key of its own. */
    private static ObjectNode local(ArrayNode locals, IndexDraft index, TableDraft draft, Map<String, String> types) {
        if (draft.sortKey().filter(KeyDraft::given).isEmpty()) {
            throw new UserInputException("Local index \"" + index.trimmedName() + "\" needs the table to have a sort"
                    + " key: give the table one, or make the index global.");
        }
        if (!index.sortKey().given()) {
            throw new UserInputException("Local index \"" + index.trimmedName() + "\" has no sort key: name the"
                    + " attribute it sorts by, e.g. CreatedAt.");
        }
        ObjectNode node = locals.addObject().put("IndexName", index.trimmedName());
        node.set("KeySchema", TableDraft.keySchema(draft.partitionKey(), Optional.of(index.sortKey()),
                "index " + index.trimmedName(), types));
        return node;
    }

    private static ObjectNode projection(IndexDraft index) {
        ObjectNode projection = Json.mapper().createObjectNode().put("ProjectionType", index.projection());
        if ("INCLUDE".equals(index.projection())) {
            if (index.included().isEmpty()) {
                throw new UserInputException("Index \"" + index.trimmedName() + "\" projects INCLUDE but names no"
                        + " attributes: list them, or project ALL or KEYS_ONLY.");
            }
            ArrayNode attributes = projection.putArray("NonKeyAttributes");
            index.included().forEach(attributes::add);
        }
        return projection;
    }
}
