package dev.streamlab.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoJsonRoundTripTest {

    private static final String BIG = "12345678901234567890123456789012345678";
    private static final String TINY = "0.000000000000000000000000000000000001";

    @Test
    void thirtyEightDigitNumbersSurviveBothDirectionsVerbatim() {
        String json = "{\"Big\":{\"N\":\"" + BIG + "\"},\"Tiny\":{\"N\":\"" + TINY + "\"},\"Neg\":{\"N\":\"-1.50E+7\"}}";

        Map<String, AttributeValue> item = ItemJson.readDynamo(json, "--item");

        assertThat(item.get("Big").n()).isEqualTo(BIG);
        assertThat(item.get("Tiny").n()).isEqualTo(TINY);
        assertThat(item.get("Neg").n()).isEqualTo("-1.50E+7");
        assertThat(ItemJson.writeDynamo(item)).isEqualTo(json);
    }

    @Test
    void numbersKeepTheirTextWhileABareJsonNumberIsRefusedAsTheAwsCliRefusesIt() {
        Map<String, AttributeValue> item = ItemJson.readDynamo("{\"A\": {\"N\": \"" + BIG + "\"}, \"B\": {\"N\": \""
                + TINY + "\"}}", "--item");

        assertThat(item).containsEntry("A", AttributeValue.fromN(BIG)).containsEntry("B", AttributeValue.fromN(TINY));
        assertThat(ItemJson.writeDynamo(item)).isEqualTo("{\"A\":{\"N\":\"" + BIG + "\"},\"B\":{\"N\":\"" + TINY
                + "\"}}");
        assertThatThrownBy(() -> ItemJson.readDynamo("{\"A\": {\"N\": 5}}", "--item"))
                .hasMessageContaining("written as a bare JSON number");
    }

    @Test
    void setsStaySetsAndBinaryStaysBinary() {
        String json = "{\"Tags\":{\"SS\":[\"a\",\"b\"]},\"Scores\":{\"NS\":[\"1\",\"" + BIG + "\"]},"
                + "\"Data\":{\"B\":\"aGVsbG8=\"},\"Blobs\":{\"BS\":[\"aGVsbG8=\",\"AAEC\"]}}";

        Map<String, AttributeValue> item = ItemJson.readDynamo(json, "--item");

        assertThat(item.get("Tags").type()).isEqualTo(AttributeValue.Type.SS);
        assertThat(item.get("Tags").ss()).containsExactly("a", "b");
        assertThat(item.get("Scores").type()).isEqualTo(AttributeValue.Type.NS);
        assertThat(item.get("Scores").ns()).containsExactly("1", BIG);
        assertThat(item.get("Data").b().asString(StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(item.get("Blobs").bs()).containsExactly(SdkBytes.fromUtf8String("hello"),
                SdkBytes.fromByteArray(new byte[] {0, 1, 2}));
        assertThat(ItemJson.writeDynamo(item)).isEqualTo(json);
    }

    @Test
    void nullAndBoolAreExact() {
        String json = "{\"Gone\":{\"NULL\":true},\"Ok\":{\"BOOL\":false},\"Yes\":{\"BOOL\":true}}";

        Map<String, AttributeValue> item = ItemJson.readDynamo(json, "--item");

        assertThat(item).containsExactly(Map.entry("Gone", AttributeValue.fromNul(true)),
                Map.entry("Ok", AttributeValue.fromBool(false)), Map.entry("Yes", AttributeValue.fromBool(true)));
        assertThat(ItemJson.writeDynamo(item)).isEqualTo(json);
    }

    @Test
    void nestedMapsAndListsRoundTripInOrder() {
        String json = "{\"Z\":{\"M\":{\"list\":{\"L\":[{\"S\":\"x\"},{\"L\":[{\"N\":\"" + TINY + "\"}]},"
                + "{\"M\":{\"deep\":{\"SS\":[\"q\"]}}}]},\"empty\":{\"M\":{}}}},\"A\":{\"L\":[]}}";

        Map<String, AttributeValue> item = ItemJson.readDynamo(json, "--item");

        assertThat(item.keySet()).containsExactly("Z", "A");
        List<AttributeValue> list = item.get("Z").m().get("list").l();
        assertThat(list.get(1).l().get(0).n()).isEqualTo(TINY);
        assertThat(list.get(2).m().get("deep").ss()).containsExactly("q");
        assertThat(ItemJson.writeDynamo(item)).isEqualTo(json);
    }

    @Test
    void prettyOutputIsIndentedAndReadsBackTheSame() {
        Map<String, AttributeValue> item = ItemJson.readDynamo(
                "{\"Id\":{\"S\":\"ID1\"},\"Amount\":{\"N\":\"" + BIG + "\"},\"Tags\":{\"SS\":[\"a\",\"b\"]}}", "--item");

        String pretty = ItemJson.writeDynamoPretty(item);

        assertThat(pretty).startsWith("{\n  \"Id\": {\n    \"S\": \"ID1\"\n  },").contains("\"N\": \"" + BIG + "\"");
        assertThat(ItemJson.readDynamo(pretty, "pretty")).isEqualTo(item);
    }

    @Test
    void readsAnItemEmbeddedInALargerDocumentAndStopsAtItsEnd() throws Exception {
        String json = "{\"before\": 1, \"item\": {\"Id\": {\"S\": \"ID1\"}, \"M\": {\"M\": {\"n\": {\"N\": \"5\"}}}},"
                + " \"after\": true}";
        try (JsonParser parser = Json.mapper().createParser(json)) {
            while (!"item".equals(parser.currentName()) || parser.currentToken() != JsonToken.START_OBJECT) {
                parser.nextToken();
            }

            Map<String, AttributeValue> item = ItemJson.readDynamo(parser, "events.json");

            assertThat(item.get("M").m().get("n").n()).isEqualTo("5");
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
            assertThat(parser.currentName()).isEqualTo("after");
        }
    }

    @Test
    void readChoosesTheShapeByFlag() {
        assertThat(ItemJson.read("{\"Id\": \"ID1\"}", "--item", true)).containsEntry("Id", AttributeValue.fromS("ID1"));
        assertThat(ItemJson.read("{\"Id\": {\"S\": \"ID1\"}}", "--item", false))
                .containsEntry("Id", AttributeValue.fromS("ID1"));
    }
}
