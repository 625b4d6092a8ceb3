package dev.streamlab.scenario;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.SeedFolder;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes a scenario's tables ready: checks that the ones there already have the keys its files give (before anything
 * is created), creates the missing ones, and seeds the tables it created or found empty. A table that holds items
 * keeps them as they are: seeding it again would overwrite what the triggers derived.
 */
final class ScenarioTables {

    private final Database database;

    ScenarioTables(Database database) {
        this.database = database;
    }

    /** @return the tables created, in the scenario's order */
    List<String> create(Scenario scenario) {
        Set<String> existing = new HashSet<>(database.tables().listTables());
        for (TableFile file : scenario.tables()) {
            if (existing.contains(file.name())) {
                requireSameKey(file, database.tables().describe(file.name()));
            }
        }
        List<String> created = new ArrayList<>();
        for (TableFile file : scenario.tables()) {
            if (!existing.contains(file.name())) {
                database.admin().create(file.request());
                database.forget(file.name());
                created.add(file.name());
            }
        }
        return created;
    }

    /** @return items written per table, through the same checks and batch writes as the CLI's seed */
    Map<String, Integer> seed(Scenario scenario, List<String> created) {
        Map<String, List<Map<String, AttributeValue>>> items = new LinkedHashMap<>();
        scenario.seed().forEach((table, list) -> {
            if (created.contains(table) || isEmpty(table)) {
                items.put(table, list);
            }
        });
        return items.isEmpty() ? Map.of() : database.seeder().seed(new SeedFolder(List.of(), items)).itemsWritten();
    }

    private boolean isEmpty(String table) {
        return database.browser().page(ItemPageRequest.scan(table).withPageSize(1)).items().isEmpty();
    }

    private void requireSameKey(TableFile file, TableInfo existing) {
        if (!describeKey(existing).equals(describeKey(file.table()))) {
            throw new UserInputException("Table " + file.name() + " exists at " + database.profile().describe()
                    + " with key " + describeKey(existing) + ", but the scenario's table file " + file.path()
                    + " gives it " + describeKey(file.table()) + ": drop the table, or open a scenario written for it.");
        }
    }

    private static String describeKey(TableInfo table) {
        return String.join(" and ", table.key().attributes().stream()
                .map(name -> name + " (" + table.typeOf(name) + ")").toList());
    }
}
