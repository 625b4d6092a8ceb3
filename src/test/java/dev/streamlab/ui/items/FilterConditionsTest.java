package dev.streamlab.ui.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The filter builder's rows as the expression DynamoDB gets, and each row mistake in one sentence. */
class FilterConditionsTest {

    private final FilterConditions conditions = new FilterConditions();

    @Test
    void everyNameAndValueGoesThroughAPlaceholderAndRowsJoinWithAnd() {
        row("status", FilterOperator.EQUAL, "open", "", "S");
        row("Amount", FilterOperator.BETWEEN, "10", "20", "N");
        row("tags", FilterOperator.CONTAINS, "red", "", "S");
        row("deleted", FilterOperator.NOT_EXISTS, "", "", "S");
        row("items", FilterOperator.SIZE_GREATER, "2", "", "S");

        FilterExpression filter = conditions.expression();

        assertThat(filter.expression()).isEqualTo("#f1 = :f1 AND #f2 BETWEEN :f2 AND :f2high AND contains(#f3, :f3)"
                + " AND attribute_not_exists(#f4) AND size(#f5) > :f5");
        assertThat(filter.placeholders().names()).containsEntry("#f1", "status").containsEntry("#f5", "items");
        assertThat(filter.placeholders().values()).isEqualTo(Map.of(":f1", AttributeValue.fromS("open"),
                ":f2", AttributeValue.fromN("10"), ":f2high", AttributeValue.fromN("20"),
                ":f3", AttributeValue.fromS("red"), ":f5", AttributeValue.fromN("2")));
    }

    @Test
    void matchAnyJoinsWithOrAndTypesAreReadAsChosen() {
        row("active", FilterOperator.EQUAL, "TRUE", "", "BOOL");
        row("kind", FilterOperator.TYPE_IS, "SS", "", "N");
        conditions.matchAny().set(true);

        FilterExpression filter = conditions.expression();

        assertThat(filter.expression()).isEqualTo("#f1 = :f1 OR attribute_type(#f2, :f2)");
        assertThat(filter.placeholders().values()).containsEntry(":f1", AttributeValue.fromBool(true))
                .containsEntry(":f2", AttributeValue.fromS("SS"));
    }

    @Test
    void eachMistakeNamesItsRowAndWhatToDo() {
        assertThatThrownBy(conditions::expression).isInstanceOf(UserInputException.class)
                .hasMessage("The filter has no conditions: add one with +, or turn the filter off.");
        FilterCondition row = row("", FilterOperator.EQUAL, "x", "", "S");
        assertThatThrownBy(conditions::expression)
                .hasMessage("Filter condition 1 has no attribute: type its name, or remove the row.");
        row.attribute().set("Amount");
        row.value().set(" ");
        assertThatThrownBy(conditions::expression)
                .hasMessage("Filter condition 1 (Amount =) has no value: type one, or remove the row.");
        row.value().set("yes");
        row.type().set("BOOL");
        assertThatThrownBy(conditions::expression).hasMessage("Filter condition 1: Amount is a boolean (BOOL),"
                + " and \"yes\" is not one: write true or false.");
        row.operator().set(FilterOperator.SIZE_LESS);
        row.value().set("-1");
        assertThatThrownBy(conditions::expression)
                .hasMessage("Filter condition 1: a size is a whole number, and \"-1\" is not one.");
        row.operator().set(FilterOperator.TYPE_IS);
        row.value().set("STRING");
        assertThatThrownBy(conditions::expression).hasMessage("Filter condition 1: \"STRING\" is not a DynamoDB"
                + " type; write one of S, N, B, BOOL, NULL, M, L, SS, NS, BS.");
    }

    private FilterCondition row(String attribute, FilterOperator operator, String value, String high, String type) {
        FilterCondition row = conditions.add();
        row.attribute().set(attribute);
        row.operator().set(operator);
        row.value().set(value);
        row.high().set(high);
        row.type().set(type);
        return row;
    }
}
