package dev.streamlab.data.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.data.CreateTableFile;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * A new table as the create-table form holds it. {@link #json()} is the CreateTable JSON that `tables load`
 * takes, checked as that command checks a file; everything else is one sentence naming the field to fix.
 *
 * @param capacity   read and write capacity units when provisioned; empty for on-demand
 * @param streamView the stream's view type; empty for no stream
 * @param ttl        the attribute holding expiry times; set once the table is ACTIVE
 */
public record TableDraft(String name, KeyDraft partitionKey, Optional<KeyDraft> sortKey, List<IndexDraft> indexes,
        Optional<Capacity> capacity, Optional<String> streamView, Optional<String> ttl) {

    public TableDraft {
        indexes = List.copyOf(indexes);
    }

    /** @param read read capacity units, 1 or more; {@code write} likewise */
    public record Capacity(long read, long write) {
    }

    /** The CreateTable JSON, pretty-printed, or the one sentence that says what the form lacks. */
    public String json() {
        ObjectNode table = node();
        return table.toPrettyString();
    }

    /** The request `tables load` would send for the JSON. */
    public CreateTableRequest request() {
        return CreateTableFile.parse(json(), "the form");
    }

    ObjectNode node() {
        if (name == null || name.isBlank()) {
            throw new UserInputException("The table has no name: give it one, e.g. Orders.");
        }
        if (!partitionKey.given()) {
            throw new UserInputException("The table has no partition key: name one, e.g. Id.");
        }
        Map<String, String> types = new LinkedHashMap<>();
        ObjectNode table = Json.mapper().createObjectNode().put("TableName", name.strip());
        ArrayNode definitions = table.putArray("AttributeDefinitions");
        table.set("KeySchema", keySchema(partitionKey, sortKey.filter(KeyDraft::given), "the table", types));
        IndexNodes.add(table, this, types);
        types.forEach((attribute, type) -> definitions.addObject().put("AttributeName", attribute)
                .put("AttributeType", type));
        capacity.ifPresentOrElse(units -> table.put("BillingMode", "PROVISIONED")
                        .set("ProvisionedThroughput", throughput(units)),
                () -> table.put("BillingMode", "PAY_PER_REQUEST"));
        streamView.ifPresent(view -> table.putObject("StreamSpecification").put("StreamEnabled", true)
                .put("StreamViewType", view));
        return table;
    }

    static ArrayNode keySchema(KeyDraft partition, Optional<KeyDraft> sort, String owner, Map<String, String> types) {
        ArrayNode schema = Json.mapper().createArrayNode();
        declare(partition, owner, types);
        schema.addObject().put("AttributeName", partition.trimmedName()).put("KeyType", "HASH");
        sort.ifPresent(key -> {
            if (key.trimmedName().equals(partition.trimmedName())) {
                throw new UserInputException("The sort key of " + owner + " is its partition key \"" + key.trimmedName()
                        + "\" again: give it another attribute, or none.");
            }
            declare(key, owner, types);
            schema.addObject().put("AttributeName", key.trimmedName()).put("KeyType", "RANGE");
        });
        return schema;
    }

    /** DynamoDB declares each key attribute once, with one type, wherever it is used. */
    private static void declare(KeyDraft key, String owner, Map<String, String> types) {
        String before = types.putIfAbsent(key.trimmedName(), key.type());
        if (before != null && !before.equals(key.type())) {
            throw new UserInputException("Attribute \"" + key.trimmedName() + "\" is " + before + " in one key but "
                    + key.type() + " in the key of " + owner + ": give it one type everywhere.");
        }
    }

    static ObjectNode throughput(Capacity units) {
        if (units.read() < 1 || units.write() < 1) {
            throw new UserInputException("Provisioned capacity needs at least 1 read and 1 write unit: raise them, or"
                    + " choose on-demand.");
        }
        ObjectNode node = Json.mapper().createObjectNode();
        return node.put("ReadCapacityUnits", units.read()).put("WriteCapacityUnits", units.write());
    }
}
