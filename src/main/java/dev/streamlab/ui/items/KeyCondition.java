package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A query's key condition built from the read bar: the partition key equal to a value and, optionally, a sort-key
 * condition. Attribute names go through #names, so reserved words (date, status, name...) need no care.
 */
record KeyCondition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

    static final String PARTITION_NAME = "#partitionKey";
    static final String SORT_NAME = "#sortKey";
    static final String PARTITION_VALUE = ":partitionKey";
    static final String SORT_VALUE = ":sortKey";
    static final String SORT_HIGH = ":sortKeyHigh";

    static KeyCondition of(TableInfo table, TableInfo.KeySchema key, String partition, SortOperator operator,
            String sortValue, String sortHigh) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        names.put(PARTITION_NAME, key.partitionKey());
        values.put(PARTITION_VALUE, KeyValueText.parse(table, key.partitionKey(), partition));
        String expression = PARTITION_NAME + " = " + PARTITION_VALUE;
        if (operator != SortOperator.ANY && key.sortKey().isPresent()) {
            String sortKey = key.sortKey().get();
            if (operator == SortOperator.BEGINS_WITH && "N".equals(table.typeOf(sortKey))) {
                throw new UserInputException("begins with works on strings and binary, and " + sortKey
                        + " is a number (N): use between, or >= and <.");
            }
            names.put(SORT_NAME, sortKey);
            values.put(SORT_VALUE, KeyValueText.parse(table, sortKey, sortValue));
            if (operator == SortOperator.BETWEEN) {
                values.put(SORT_HIGH, KeyValueText.parse(table, sortKey, sortHigh));
            }
            expression += " AND " + operator.expression(SORT_NAME, SORT_VALUE, SORT_HIGH);
        }
        return new KeyCondition(expression, Map.copyOf(names), Map.copyOf(values));
    }
}
