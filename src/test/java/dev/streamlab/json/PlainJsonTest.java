package dev.streamlab.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PlainJsonTest {

    private static final String BIG = "12345678901234567890123456789012345678";
    private static final String TINY = "0.000000000000000000000000000000000001";

    @Test
    void mapsEachJsonKindToItsAttributeType() {
        Map<String, AttributeValue> item = ItemJson.readPlain("{\"s\": \"x\", \"n\": 1.50, \"t\": true, \"f\": false,"
                + " \"z\": null, \"l\": [1, \"a\"], \"m\": {\"k\": []}}", "--item");

        assertThat(item).containsExactly(
                Map.entry("s", AttributeValue.fromS("x")),
                Map.entry("n", AttributeValue.fromN("1.50")),
                Map.entry("t", AttributeValue.fromBool(true)),
                Map.entry("f", AttributeValue.fromBool(false)),
                Map.entry("z", AttributeValue.fromNul(true)),
                Map.entry("l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("a")))),
                Map.entry("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromL(List.of())))));
    }

    @Test
    void thirtyEightDigitNumbersSurviveBothDirectionsVerbatim() {
        String json = "{\"Big\":" + BIG + ",\"Tiny\":" + TINY + ",\"Exp\":-1.50E+7,\"Nested\":[{\"x\":" + BIG + "}]}";

        Map<String, AttributeValue> item = ItemJson.readPlain(json, "--item");

        assertThat(item.get("Big").n()).isEqualTo(BIG);
        assertThat(item.get("Tiny").n()).isEqualTo(TINY);
        assertThat(item.get("Exp").n()).isEqualTo("-1.50E+7");
        assertThat(ItemJson.writePlain(item)).isEqualTo(json);
    }

    @Test
    void stringsThatLookLikeNumbersStayStrings() {
        assertThat(ItemJson.readPlain("{\"zip\": \"01234\"}", "--item")).containsEntry("zip", AttributeValue.fromS("01234"));
    }

    @Test
    void setsAndBinaryBecomeArraysAndBase64Strings() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
        item.put("ns", AttributeValue.fromNs(List.of("1", TINY)));
        item.put("b", AttributeValue.fromB(SdkBytes.fromUtf8String("hello")));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("hello"))));
        item.put("z", AttributeValue.fromNul(true));

        assertThat(ItemJson.writePlain(item)).isEqualTo("{\"ss\":[\"a\",\"b\"],\"ns\":[1," + TINY + "],"
                + "\"b\":\"aGVsbG8=\",\"bs\":[\"aGVsbG8=\"],\"z\":null}");
    }

    @Test
    void numbersWithoutAJsonSpellingAreWrittenAsTheSameValue() {
        Map<String, AttributeValue> item = Map.of("n", AttributeValue.fromN(".5"));

        assertThat(ItemJson.writePlain(item)).isEqualTo("{\"n\":0.5}");
    }

    @Test
    void plainNodeHoldsExactNumbersThatPrintVerbatimWhenEmbedded() throws Exception {
        Map<String, AttributeValue> item = Map.of("Tiny", AttributeValue.fromN(TINY));
        JsonNode node = ItemJson.toPlainNode(item);
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.set("item", node);

        assertThat(node.get("Tiny").isNumber()).isTrue();
        assertThat(node.get("Tiny").decimalValue()).isEqualByComparingTo(new BigDecimal(TINY));
        assertThat(Json.mapper().writeValueAsString(envelope)).isEqualTo("{\"item\":{\"Tiny\":" + TINY + "}}");
        assertThat(Json.prettyWriter().writeValueAsString(envelope)).contains("\"Tiny\": " + TINY);
    }

    @Test
    void integralNumbersInThePlainNodeAreIntegral() {
        JsonNode node = ItemJson.toPlainNode(Map.of("Big", AttributeValue.fromN(BIG), "Small", AttributeValue.fromN("7")));

        assertThat(node.get("Big").isIntegralNumber()).isTrue();
        assertThat(node.get("Big").bigIntegerValue()).hasToString(BIG);
        assertThat(node.get("Small").canConvertToInt()).isTrue();
        assertThat(node.get("Small").intValue()).isEqualTo(7);
    }

    @Test
    void dynamoNodeKeepsNumbersAsStrings() throws Exception {
        JsonNode node = ItemJson.toDynamoNode(Map.of("Big", AttributeValue.fromN(BIG)));

        assertThat(Json.mapper().writeValueAsString(node)).isEqualTo("{\"Big\":{\"N\":\"" + BIG + "\"}}");
    }

    @Test
    void prettyPlainOutputIsIndented() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("Id", AttributeValue.fromS("ID1"));
        item.put("Tags", AttributeValue.fromSs(List.of("a", "b")));

        assertThat(ItemJson.writePlainPretty(item)).isEqualTo("{\n  \"Id\": \"ID1\",\n  \"Tags\": [\n    \"a\",\n"
                + "    \"b\"\n  ]\n}");
    }
}
