package dev.streamlab.ui.items;

import static dev.streamlab.ui.items.ItemsFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The editor's text: an attribute a line, read back exactly as written. */
class ItemTextTest {

    private static final Map<String, AttributeValue> ITEM = item("""
            {"Id": {"S": "quote \\" and \\u00e9"}, "Big": {"N": "-0.00000000000000000000000000000000000012"},
             "Nested": {"M": {"list": {"L": [{"S": "a fairly long string value"}, {"NS": ["1", "10"]},
                                            {"M": {"deep": {"B": "AAEC"}}}]}}},
             "Empty": {"M": {}}}""");

    @Test
    void writesAnAttributeALineAndBreaksOnlyWhatDoesNotFit() {
        String text = ItemText.write(ITEM, false);

        assertThat(text).startsWith("{\n  \"Id\": {\"S\": \"quote \\\" and é\"},\n"
                + "  \"Big\": {\"N\": \"-0.00000000000000000000000000000000000012\"},\n  \"Nested\": {\n");
        assertThat(text).contains("  \"Empty\": {\"M\": {}}\n}");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(JsonLayout.WIDTH));
    }

    @Test
    void readsBackExactlyWhatItWroteInDynamoDbJson() {
        assertThat(ItemText.read(ItemText.write(ITEM, false), false)).isEqualTo(ITEM);
    }

    @Test
    void plainJsonNamesTheFirstValueItCannotSayWithItsPath() {
        assertThat(ItemText.plainLoss(ITEM)).contains("\"Nested.list[1]\" (a set, NS)");
        assertThat(ItemText.plainLoss(item("{\"Id\": {\"S\": \"x\"}, \"n\": {\"N\": \"1\"}}"))).isEmpty();
    }

    @Test
    void findsTheLineAProblemNames() {
        assertThat(ItemText.line("The item is not valid JSON at line 3, column 7 (x): fix the JSON.")).isEqualTo(3);
        assertThat(ItemText.line("The item is empty: give a JSON object.")).isZero();
    }
}
