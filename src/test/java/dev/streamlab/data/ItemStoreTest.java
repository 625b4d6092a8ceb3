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

class ItemStoreTest {

    private final ItemStore store = new ItemStore(LocalDynamo.clients().dynamo(),
            new TableSchemas(new TableCatalog(LocalDynamo.clients().dynamo())));
    private final String orders = TestTables.orders().name();

    @Test
    void putGetUpdateDeleteRoundTrip() {
        var key = Map.of("Id", n("1"), "Amount", n("1000.50"));
        store.put(orders, Map.of("Id", n("1"), "Amount", n("1000.50"), "Customer", s("Ann")), Optional.empty(),
                Expressions.none());

        assertThat(store.get(orders, key)).hasValueSatisfying(item -> assertThat(item).containsEntry("Customer", s("Ann")));

        var updated = store.update(orders, key, "SET Customer = :c REMOVE Note", Optional.empty(),
                new Expressions(Map.of(), Map.of(":c", s("Bob"))));
        assertThat(updated).containsEntry("Customer", s("Bob")).containsEntry("Amount", n("1000.5"));

        assertThat(store.delete(orders, key, Optional.empty(), Expressions.none())).isPresent();
        assertThat(store.get(orders, key)).isEmpty();
    }

    @Test
    void aFailedConditionWritesNothing() {
        var item = Map.of("Id", n("2"), "Amount", n("5"), "Customer", s("Ann"));
        store.put(orders, item, Optional.empty(), Expressions.none());

        assertThatThrownBy(() -> store.put(orders, Map.of("Id", n("2"), "Amount", n("5"), "Customer", s("Eve")),
                Optional.of("attribute_not_exists(Id)"), Expressions.none()))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The condition on table " + orders + " was not met, so nothing was written.");
        assertThat(store.get(orders, Map.of("Id", n("2"), "Amount", n("5")))).hasValue(item);
    }

    @Test
    void aMissingKeyAttributeIsNamed() {
        assertThatThrownBy(() -> store.put(orders, Map.of("Id", n("3")), Optional.empty(), Expressions.none()))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The item lacks \"Amount\" (N, the sort key of table " + orders
                        + "): give every key attribute, Id (N) and Amount (N).");
    }

    @Test
    void aKeyOfTheWrongTypeIsNamedAndNothingIsWritten() {
        assertThatThrownBy(() -> store.put(orders, Map.of("Id", s("4"), "Amount", n("1")), Optional.empty(),
                Expressions.none()))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The item gives \"Id\" as S, but table " + orders
                        + " declares it N (a number): write it as {\"N\": ...}.");
        assertThat(store.get(orders, Map.of("Id", n("4"), "Amount", n("1")))).isEmpty();
    }

    @Test
    void aKeyWithAnExtraAttributeIsRefused() {
        assertThatThrownBy(() -> store.get(orders, Map.of("Id", n("1"), "Amount", n("1"), "Customer", s("x"))))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The key has \"Customer\", which is not part of the key of table " + orders
                        + ": its key is Id (N) and Amount (N).");
    }

    @Test
    void anItemOver400KbIsRefusedBeforeSending() {
        var big = Map.of("Id", n("5"), "Amount", n("1"), "Blob", s("x".repeat(410 * 1024)));
        assertThatThrownBy(() -> store.put(orders, big, Optional.empty(), Expressions.none()))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("The item is 410.0 KB, over DynamoDB's 400 KB item limit");
        assertThat(store.get(orders, Map.of("Id", n("5"), "Amount", n("1")))).isEmpty();
    }

    @Test
    void anUndefinedValuePlaceholderIsNamed() {
        var key = Map.of("Id", n("6"), "Amount", n("1"));
        store.put(orders, key, Optional.empty(), Expressions.none());
        assertThatThrownBy(() -> store.update(orders, key, "SET Customer = :name", Optional.empty(),
                new Expressions(Map.of(), Map.of(":nam", s("x")))))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The expression uses :name but --values does not define it: add \":name\" to --values,"
                        + " e.g. {\":name\": {\"S\": \"...\"}}.");
        assertThat(store.get(orders, key)).hasValue(key);
    }

    @Test
    void anUndefinedNamePlaceholderIsNamed() {
        var key = Map.of("Id", n("7"), "Amount", n("1"));
        assertThatThrownBy(() -> store.update(orders, key, "SET #d = :d", Optional.empty(),
                new Expressions(Map.of(), Map.of(":d", s("2017-08-12")))))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The expression uses #d but --names does not define it: add \"#d\": \"<attribute name>\""
                        + " to --names.");
    }

    @Test
    void aMissingTableIsOneSentence() {
        assertThatThrownBy(() -> store.get("no-such-table", Map.of("Id", n("1"))))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Table no-such-table does not exist here: check the name against the list of tables.");
    }

    static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }
}
