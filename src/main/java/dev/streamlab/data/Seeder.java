package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * Seeds a sample-data folder: creates its tables that do not exist yet, then writes its items.
 * Everything is read and checked against the key schemas first, so bad data writes nothing.
 */
public final class Seeder {

    private final TableCatalog catalog;
    private final TableAdmin admin;
    private final BatchLoader loader;
    private final TableSchemas schemas;

    public Seeder(DynamoDbClient dynamo, TableAdmin admin) {
        this.catalog = new TableCatalog(dynamo);
        this.admin = admin;
        this.loader = new BatchLoader(dynamo);
        this.schemas = new TableSchemas(catalog);
    }

    /** What a seed did: tables created, tables that were there already, items written per table. */
    public record Report(List<String> created, List<String> existing, Map<String, Integer> itemsWritten) {
    }

    public Report seed(Path folder) {
        return seed(SeedFolder.read(folder));
    }

    /** Seeds tables and items read elsewhere, e.g. the seed files a workshop scenario names. */
    public Report seed(SeedFolder seed) {
        var existingNames = new HashSet<>(catalog.listTables());
        Map<String, TableInfo> definitions = new LinkedHashMap<>();
        seed.tables().forEach(t -> definitions.put(t.tableName(), TableRequests.toInfo(t)));
        checkItems(seed, definitions, existingNames);

        List<String> created = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        Map<String, Integer> written = new LinkedHashMap<>();
        try {
            for (CreateTableRequest table : seed.tables()) {
                if (existingNames.contains(table.tableName())) {
                    existing.add(table.tableName());
                } else {
                    admin.create(table);
                    created.add(table.tableName());
                }
            }
            seed.items().forEach((table, items) -> loader.write(table, items, count -> written.put(table, count)));
        } catch (RuntimeException e) {
            throw SeedStopped.explain(e, seed, created, written);
        }
        return new Report(created, existing, written);
    }

    private void checkItems(SeedFolder seed, Map<String, TableInfo> definitions, Set<String> existingNames) {
        seed.items().forEach((table, items) -> {
            TableInfo info = existingNames.contains(table) ? schemas.of(table)
                    : Optional.ofNullable(definitions.get(table)).orElseThrow(() -> new UserInputException(
                            "The seed items name table " + table + ", which neither exists nor has a file in tables/:"
                                    + " add its CreateTable JSON or fix the name."));
            Map<Map<String, AttributeValue>, Integer> firstWithKey = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String where = "Item " + (i + 1) + " of table " + table;
                KeyCheck.requireKeyAttributes(info, items.get(i), where);
                ItemLimits.requireItem(items.get(i), where);
                Integer earlier = firstWithKey.putIfAbsent(keyOf(info, items.get(i)), i + 1);
                if (earlier != null) {
                    throw new UserInputException(where + " has the same key as item " + earlier
                            + ", so one would silently replace the other: give each item its own key.");
                }
            }
        });
    }

    /** The item's key as DynamoDB compares it: numbers by value, so 10 and 10.0 are one key. */
    private static Map<String, AttributeValue> keyOf(TableInfo table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>();
        for (String name : table.key().attributes()) {
            AttributeValue value = item.get(name);
            key.put(name, value.n() == null ? value
                    : AttributeValue.fromN(new BigDecimal(value.n()).stripTrailingZeros().toPlainString()));
        }
        return key;
    }
}
