package dev.streamlab.ui.items;

import dev.streamlab.data.Expressions;
import dev.streamlab.model.UserInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The filter builder's rows, joined by AND (match all) or OR (match any), turned into a filter expression whose
 * names and values all go through placeholders, so reserved words and odd names need no care.
 */
public final class FilterConditions {

    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");

    private final ObservableList<FilterCondition> rows = FXCollections.observableArrayList();
    private final BooleanProperty matchAny = new SimpleBooleanProperty(this, "matchAny");
    private Function<String, Optional<String>> typeOf = attribute -> Optional.empty();

    /** Where a row's type comes from when its attribute is typed: the key's declared type, or the items read. */
    void typesFrom(Function<String, Optional<String>> typeOf) {
        this.typeOf = typeOf;
    }

    public ObservableList<FilterCondition> rows() {
        return rows;
    }

    /** False: every condition must hold (AND); true: one is enough (OR). */
    public BooleanProperty matchAny() {
        return matchAny;
    }

    public FilterCondition add() {
        FilterCondition row = new FilterCondition();
        row.attribute().addListener((observable, before, now) -> typeOf.apply(now.strip())
                .filter(FilterCondition.TYPES::contains).ifPresent(row.type()::set));
        rows.add(row);
        return row;
    }

    FilterExpression expression() {
        if (rows.isEmpty()) {
            throw new UserInputException("The filter has no conditions: add one with +, or turn the filter off.");
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            parts.add(part(rows.get(i), i + 1, names, values));
        }
        String joined = String.join(matchAny.get() ? " OR " : " AND ", parts);
        return new FilterExpression(joined, new Expressions(names, values));
    }

    private static String part(FilterCondition row, int number, Map<String, String> names,
            Map<String, AttributeValue> values) {
        String attribute = row.attribute().get() == null ? "" : row.attribute().get().strip();
        FilterOperator operator = row.operator().get();
        if (attribute.isEmpty()) {
            throw new UserInputException("Filter condition " + number + " has no attribute: type its name, or remove"
                    + " the row.");
        }
        String name = "#f" + number;
        names.put(name, attribute);
        String value = ":f" + number;
        String high = ":f" + number + "high";
        if (operator.operands() > 0) {
            values.put(value, value(row, number, attribute, row.value().get()));
        }
        if (operator.operands() > 1) {
            values.put(high, value(row, number, attribute, row.high().get()));
        }
        return operator.expression(name, value, high);
    }

    private static AttributeValue value(FilterCondition row, int number, String attribute, String text) {
        FilterOperator operator = row.operator().get();
        if (text == null || text.isBlank()) {
            throw new UserInputException("Filter condition " + number + " (" + attribute + " " + operator
                    + ") has no value: type one, or remove the row.");
        }
        String typed = text.strip();
        if (operator == FilterOperator.TYPE_IS && !TYPE_NAMES.contains(typed)) {
            throw new UserInputException("Filter condition " + number + ": \"" + typed + "\" is not a DynamoDB type;"
                    + " write one of S, N, B, BOOL, NULL, M, L, SS, NS, BS.");
        }
        if (operator.fixedType() != null && operator.fixedType().equals("N") && !wholeNumber(typed)) {
            throw new UserInputException("Filter condition " + number + ": a size is a whole number, and \"" + typed
                    + "\" is not one.");
        }
        String type = operator.fixedType() != null ? operator.fixedType() : row.type().get();
        try {
            return KeyValueText.parse(attribute, type, text);
        } catch (UserInputException e) {
            throw new UserInputException("Filter condition " + number + ": " + e.getMessage(), e);
        }
    }

    private static boolean wholeNumber(String text) {
        try {
            return new BigInteger(text).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
