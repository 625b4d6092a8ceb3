package dev.streamlab.scenario;

import dev.streamlab.data.ItemLimits;
import dev.streamlab.data.KeyCheck;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.mapping.EventSourceMapping;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks a scenario's parts against its table files before anything is written: every table a step, a seed file
 * or a mapping names is one the scenario defines, keys and items fit that table, and mapped tables have streams.
 */
final class ScenarioChecks {

    private final String source;
    private final Map<String, TableFile> tables = new LinkedHashMap<>();

    ScenarioChecks(String source, List<TableFile> files) {
        this.source = source;
        for (TableFile file : files) {
            TableFile earlier = tables.putIfAbsent(file.name(), file);
            if (earlier != null) {
                throw mistake("tables lists " + earlier.path() + " and " + file.path() + ", which both define table "
                        + file.name() + "; keep one of them");
            }
        }
    }

    /** The mapping's tables are the scenario's, with a stream; its functions are not defined twice. */
    void mapping(String field, MappingSource mapping, List<MappingSource> earlier) {
        for (EventSourceMapping each : mapping.file().mappings()) {
            String runs = field + " (" + mapping.path() + ") runs " + each.functionName() + " on table "
                    + each.tableName();
            TableInfo table = table(each.tableName(), runs);
            if (table.stream().isEmpty()) {
                throw mistake(runs + ", but the table file " + tables.get(each.tableName()).path()
                        + " enables no stream; add \"StreamSpecification\": {\"StreamEnabled\": true, "
                        + "\"StreamViewType\": \"NEW_IMAGE\"} to it");
            }
        }
        for (MappingSource other : earlier) {
            other.file().functions().keySet().stream().filter(mapping.file().functions()::containsKey).findFirst()
                    .ifPresent(function -> {
                        throw mistake(field + " (" + mapping.path() + ") defines function " + function + ", which "
                                + other.path() + " defines too; a function name can be loaded once");
                    });
        }
    }

    void seed(String field, Path file, Map<String, List<Map<String, AttributeValue>>> items) {
        items.forEach((name, list) -> {
            TableInfo table = table(name, field + " (" + file + ") has items for table " + name);
            for (int i = 0; i < list.size(); i++) {
                String where = "Item " + (i + 1) + " of table " + name + " in " + file;
                KeyCheck.requireKeyAttributes(table, list.get(i), where);
                ItemLimits.requireItem(list.get(i), where);
            }
        });
    }

    void step(String field, ScenarioStep step) {
        step.write().ifPresent(write -> {
            if (write instanceof StepWrite.Put put) {
                String where = field + ".put";
                TableInfo table = table(put.table(), where + " writes table " + put.table());
                KeyCheck.requireKeyAttributes(table, put.item(), source + ": " + where + ".item");
                ItemLimits.requireItem(put.item(), source + ": " + where + ".item");
            } else if (write instanceof StepWrite.Update update) {
                String where = field + ".update";
                TableInfo table = table(update.table(), where + " writes table " + update.table());
                KeyCheck.requireKey(table, update.key(), source + ": " + where + ".key");
                ItemLimits.requireValues(update.key(), source + ": " + where + ".key");
                ItemLimits.requireValues(update.placeholders().values(), source + ": " + where + ".values");
            } else if (write instanceof StepWrite.Delete delete) {
                String where = field + ".delete";
                TableInfo table = table(delete.table(), where + " writes table " + delete.table());
                KeyCheck.requireKey(table, delete.key(), source + ": " + where + ".key");
                ItemLimits.requireValues(delete.key(), source + ": " + where + ".key");
            }
        });
    }

    /** @param what the start of the sentence, e.g. "steps[2].put writes table Orderz" */
    private TableInfo table(String name, String what) {
        TableFile file = tables.get(name);
        if (file == null) {
            throw mistake(what + ", which none of the scenario's table files defines; "
                    + (tables.isEmpty() ? "list its CreateTable JSON file under \"tables\""
                    : "they define " + String.join(", ", tables.keySet()) + ": fix the name, or add its table file to"
                    + " \"tables\""));
        }
        return file.table();
    }

    private UserInputException mistake(String sentence) {
        return new UserInputException(source + ": " + sentence + ".");
    }
}
