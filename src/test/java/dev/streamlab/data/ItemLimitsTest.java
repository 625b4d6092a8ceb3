package dev.streamlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The limits checked before a write are DynamoDB's own: what passes the check, DynamoDB Local stores. */
class ItemLimitsTest {

    private final String table = TestTables.plain();
    private final ItemStore items = new ItemStore(LocalDynamo.clients().dynamo(),
            new TableSchemas(new TableCatalog(LocalDynamo.clients().dynamo())));

    @Test
    void thirtyOneMapsInsideOneAnotherAreStoredAndThirtyTwoAreRefusedBeforeSending() {
        items.put(table, item("deep31", nested(31)), Optional.empty(), Expressions.none());
        assertThat(items.get(table, Map.of("id", AttributeValue.fromS("deep31")))).isPresent();

        assertThatThrownBy(() -> items.put(table, item("deep32", nested(32)), Optional.empty(), Expressions.none()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("more than 31 inside one another");
    }

    @Test
    void theLargestAndSmallestNumbersAreStoredAndOneBeyondIsRefused() {
        items.put(table, item("big", AttributeValue.fromN("9.9999999999999999999999999999999999999E+125")),
                Optional.empty(), Expressions.none());
        items.put(table, item("small", AttributeValue.fromN("-1E-130")), Optional.empty(), Expressions.none());

        assertThatThrownBy(() -> items.put(table, item("beyond", AttributeValue.fromN("1E+126")), Optional.empty(),
                Expressions.none())).hasMessageContaining("cannot store");
        assertThatThrownBy(() -> items.put(table, item("precise", AttributeValue.fromN(
                "1.23456789012345678901234567890123456789")), Optional.empty(), Expressions.none()))
                .hasMessageContaining("38 significant digits");
    }

    @Test
    void anEmptyKeyIsRefusedBeforeSending() {
        assertThatThrownBy(() -> items.put(table, Map.of("id", AttributeValue.fromS("")), Optional.empty(),
                Expressions.none())).hasMessageContaining("cannot be empty");
    }

    private static Map<String, AttributeValue> item(String id, AttributeValue value) {
        return Map.of("id", AttributeValue.fromS(id), "v", value);
    }

    private static AttributeValue nested(int maps) {
        AttributeValue value = AttributeValue.fromS("bottom");
        for (int i = 0; i < maps; i++) {
            value = AttributeValue.fromM(Map.of("a", value));
        }
        return value;
    }
}
