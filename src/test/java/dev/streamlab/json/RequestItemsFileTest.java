package dev.streamlab.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RequestItemsFileTest {

    private static String put(int id) {
        return "{\"PutRequest\": {\"Item\": {\"Id\": {\"S\": \"ID" + id + "\"}, \"Amount\": {\"N\": \"1" + id + ".50\"}}}}";
    }

    @Test
    void readsMoreThanTwentyFiveItemsPerTableKeepingTableOrder() {
        String orders = IntStream.rangeClosed(1, 30).mapToObj(RequestItemsFileTest::put)
                .collect(Collectors.joining(",\n", "[\n", "\n]"));
        String json = "{\"Orders\": " + orders + ", \"Customers\": [" + put(99) + "], \"Empty\": []}";

        Map<String, List<Map<String, AttributeValue>>> tables = RequestItemsFile.read(json, "items/seed.json");

        assertThat(tables.keySet()).containsExactly("Orders", "Customers", "Empty");
        assertThat(tables.get("Orders")).hasSize(30);
        assertThat(tables.get("Orders").get(29))
                .containsExactly(Map.entry("Id", AttributeValue.fromS("ID30")), Map.entry("Amount", AttributeValue.fromN("130.50")));
        assertThat(tables.get("Customers")).containsExactly(Map.of("Id", AttributeValue.fromS("ID99"),
                "Amount", AttributeValue.fromN("199.50")));
        assertThat(tables.get("Empty")).isEmpty();
    }

    @Test
    void deleteRequestIsRejectedWithItsPosition() {
        String json = """
                {"Orders": [
                  {"PutRequest": {"Item": {"Id": {"S": "ID1"}}}},
                  {"DeleteRequest": {"Key": {"Id": {"S": "ID2"}}}}
                ]}""";

        assertThatThrownBy(() -> RequestItemsFile.read(json, "items/orders.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessage("items/orders.json: entry 2 of table \"Orders\" at line 3, column 4 is a DeleteRequest,"
                        + " which seed files do not support: remove it, or write the item as"
                        + " {\"PutRequest\": {\"Item\": {...}}}.");
    }

    @Test
    void badItemInsideAnEntryNamesTableEntryAndAttribute() {
        String json = """
                {"Orders": [
                  {"PutRequest": {"Item": {"Id": {"S": "ID1"}}}},
                  {"PutRequest": {"Item": {"Id": {"S": "ID2"}, "Amount": {"N": "1 000"}}}}
                ]}""";

        assertThatThrownBy(() -> RequestItemsFile.read(json, "items/orders.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("items/orders.json, entry 2 of table \"Orders\": attribute \"Amount\" at line 3,"
                        + " column 64 has N \"1 000\", which is not a number");
    }

    @Test
    void entryOfAnotherShapeIsRejected() {
        assertThatThrownBy(() -> RequestItemsFile.read("{\"Orders\": [{\"PutRequest\": {\"Itme\": {}}}]}", "seed"))
                .hasMessage("seed: entry 1 of table \"Orders\" has \"Itme\" at line 1, column 29 where"
                        + " {\"PutRequest\": {\"Item\": {...}}} belongs: write every entry in that shape.");
        assertThatThrownBy(() -> RequestItemsFile.read("{\"Orders\": {\"PutRequest\": {}}}", "seed"))
                .hasMessageStartingWith("seed: table \"Orders\" has an object at line 1, column 12, but needs a list");
        assertThatThrownBy(() -> RequestItemsFile.read("{\"Orders\": [], \"Orders\": []}", "seed"))
                .hasMessageStartingWith("seed lists table \"Orders\" a second time at line 1, column 16");
    }
}
