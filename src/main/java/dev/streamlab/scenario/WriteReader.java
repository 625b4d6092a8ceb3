package dev.streamlab.scenario;

import dev.streamlab.data.Expressions;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a step's write: {@code put} (table, item), {@code update} (table, key, update, names, values) or
 * {@code delete} (table, key), items and keys in DynamoDB JSON. An update's placeholders are checked here.
 */
final class WriteReader {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "put", List.of("table", "item"),
            "update", List.of("table", "key", "update", "names", "values"),
            "delete", List.of("table", "key"));

    private final ScenarioJson json;
    private final String where;
    private String table;
    private Map<String, AttributeValue> item;
    private Map<String, AttributeValue> key;
    private String expression;
    private Map<String, String> names = Map.of();
    private Map<String, AttributeValue> values = Map.of();

    /** @param where e.g. "steps[2].update" */
    WriteReader(ScenarioJson json, String where) {
        this.json = json;
        this.where = where;
    }

    StepWrite read(String kind) throws IOException {
        json.fields(where, FIELDS.get(kind), name -> {
            String field = where + "." + name;
            switch (name) {
                case "table" -> table = json.text(field);
                case "item" -> item = json.item(field);
                case "key" -> key = json.item(field);
                case "update" -> expression = json.text(field);
                case "names" -> names = json.names(field);
                default -> values = json.item(field);
            }
        });
        require(table, "table", "the name of the table to write");
        return switch (kind) {
            case "put" -> new StepWrite.Put(table, require(item, "item", "the item to put, in DynamoDB JSON"));
            case "delete" -> new StepWrite.Delete(table, require(key, "key", "the key of the item to delete"));
            default -> update();
        };
    }

    private StepWrite update() {
        require(key, "key", "the key of the item to update");
        require(expression, "update", "an update expression, e.g. \"SET Email = :e\"");
        var placeholders = new Expressions(names, values);
        try {
            placeholders.requireMatching(new Expressions.Labels("the update expression of "
                    + where.substring(0, where.lastIndexOf('.')),
                    where + ".names", where + ".values"), expression);
        } catch (UserInputException e) {
            throw json.mistake(e.getMessage());
        }
        return new StepWrite.Update(table, key, expression, placeholders);
    }

    private <T> T require(T value, String field, String what) {
        if (value == null) {
            throw json.problem(where, "has no \"" + field + "\"; give " + what);
        }
        return value;
    }
}
