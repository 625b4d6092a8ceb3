package dev.streamlab.ui.items;

import static dev.streamlab.ui.items.ItemsFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A cell says what an attribute holds, short and by type. */
class CellFormatterTest {

    private static final Map<String, AttributeValue> ITEM = item("""
            {"s": {"S": "two\\nlines"}, "n": {"N": "12345678901234567890123456789012345678"},
             "yes": {"BOOL": true}, "nothing": {"NULL": true},
             "m": {"M": {"a": {"N": "1.50"}, "b": {"L": [{"S": "x"}, {"BOOL": false}]}}},
             "ss": {"SS": ["red", "green"]}, "ns": {"NS": ["1", "2.5"]},
             "b": {"B": "AAECAwQFBgcICQoLDA0ODw=="}, "bs": {"BS": ["AAE=", "AAECAwQFBgcICQoLDA0ODw=="]},
             "long": {"S": "%s"}}""".formatted("x".repeat(200)));

    @Test
    void scalarsShowAsTheyAreWithTheirKind() {
        assertThat(cell("s")).isEqualTo(new CellText("two⏎lines", CellText.Kind.TEXT));
        assertThat(cell("n")).isEqualTo(new CellText("12345678901234567890123456789012345678", CellText.Kind.NUMBER));
        assertThat(cell("yes")).isEqualTo(new CellText("true", CellText.Kind.LITERAL));
        assertThat(cell("nothing")).isEqualTo(new CellText("null", CellText.Kind.LITERAL));
    }

    @Test
    void mapsAndListsAreCompactJsonAndSetsAreBraced() {
        assertThat(cell("m").text()).isEqualTo("{\"a\":1.50,\"b\":[\"x\",false]}");
        assertThat(cell("ss").text()).isEqualTo("{red, green}");
        assertThat(cell("ns").text()).isEqualTo("{1, 2.5}");
    }

    @Test
    void binaryAndLongTextAreShortened() {
        assertThat(cell("b").text()).isEqualTo("AAECAwQFBgcI…");
        assertThat(cell("bs").text()).isEqualTo("{AAE=, AAECAwQFBgcI…}");
        assertThat(cell("long").text()).hasSize(CellFormatter.LIMIT).endsWith("x…");
    }

    private static CellText cell(String attribute) {
        return CellFormatter.format(ITEM.get(attribute));
    }
}
