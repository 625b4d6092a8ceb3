package dev.streamlab.ui.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.json.ItemJson;
import dev.streamlab.ui.stream.AttributeChange.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What a MODIFY changed, and where those attributes sit in the JSON the detail pane shows. */
class ImageChangesTest {

    private static final Map<String, AttributeValue> BEFORE = ItemJson.readPlain("""
            {"Id": "ID1", "Email": "ann@example.com", "Phone": "555-0100", "Visits": 3,
             "Address": {"city": "Oslo", "zip": "0150", "geo": {"lat": 59.9, "lon": 10.7}},
             "Tags": ["a", "b"]}
            """, "before");

    private static final Map<String, AttributeValue> AFTER = ItemJson.readPlain("""
            {"Id": "ID1", "Email": "ann@gmail.com", "Visits": 3, "IsPersonalEmail": true,
             "Address": {"city": "Bergen", "zip": "0150", "geo": {"lat": 60.4, "lon": 10.7}},
             "Tags": ["a", "b", "c"]}
            """, "after");

    @Test
    void namesTheAddedRemovedAndChangedAttributesDownInsideNestedMaps() {
        List<AttributeChange> changes = ImageChanges.between(BEFORE, AFTER);

        assertThat(changes).containsExactlyInAnyOrder(
                new AttributeChange(List.of("Email"), Kind.CHANGED),
                new AttributeChange(List.of("IsPersonalEmail"), Kind.ADDED),
                new AttributeChange(List.of("Phone"), Kind.REMOVED),
                new AttributeChange(List.of("Address", "city"), Kind.CHANGED),
                new AttributeChange(List.of("Address", "geo", "lat"), Kind.CHANGED),
                new AttributeChange(List.of("Tags"), Kind.CHANGED));
        assertThat(changes).extracting(AttributeChange::toString).contains("~ Address.geo.lat", "+ IsPersonalEmail",
                "− Phone");
    }

    @Test
    void setsInAnotherOrderAndEqualImagesAreNoChange() {
        var before = Map.of("Id", AttributeValue.fromS("x"), "Colours", AttributeValue.fromSs(List.of("red", "blue")));
        var after = Map.of("Id", AttributeValue.fromS("x"), "Colours", AttributeValue.fromSs(List.of("blue", "red")));

        assertThat(ImageChanges.between(before, after)).isEmpty();
        assertThat(ImageChanges.between(AFTER, AFTER)).isEmpty();
    }

    @Test
    void aMapReplacedByAnotherTypeIsOneChange() {
        var before = Map.of("Address", AttributeValue.fromM(Map.of("city", AttributeValue.fromS("Oslo"))));
        var after = Map.of("Address", AttributeValue.fromS("Oslo"));

        assertThat(ImageChanges.between(before, after))
                .containsExactly(new AttributeChange(List.of("Address"), Kind.CHANGED));
    }

    @Test
    void marksTheLinesOfTheChangedAttributesInDynamoDbJsonAndPlainJson() {
        var keys = Set.of("Id");
        var before = ImageOrder.sorted(BEFORE, keys);
        var after = ImageOrder.sorted(AFTER, keys);
        List<AttributeChange> changes = ImageChanges.between(before, after);

        for (boolean plain : new boolean[] {false, true}) {
            MarkedJson old = MarkedJson.of(before, plain, changes, Set.of(Kind.REMOVED, Kind.CHANGED));
            MarkedJson now = MarkedJson.of(after, plain, changes, Set.of(Kind.ADDED, Kind.CHANGED));

            assertThat(markedFirstLines(old)).as("OldImage, plain " + plain)
                    .anySatisfy(line -> assertThat(line).contains("\"Phone\""))
                    .anySatisfy(line -> assertThat(line).contains("\"Email\""))
                    .anySatisfy(line -> assertThat(line).contains("\"city\""))
                    .anySatisfy(line -> assertThat(line).contains("\"lat\""))
                    .noneSatisfy(line -> assertThat(line).contains("\"IsPersonalEmail\""))
                    .noneSatisfy(line -> assertThat(line).contains("\"zip\""));
            assertThat(markedFirstLines(now)).as("NewImage, plain " + plain)
                    .anySatisfy(line -> assertThat(line).contains("\"IsPersonalEmail\""))
                    .noneSatisfy(line -> assertThat(line).contains("\"Phone\""));
            assertThat(now.marks()).allSatisfy(mark -> assertThat(mark.kind()).isNotEqualTo(Kind.REMOVED));
            // A mark covers the whole attribute: from its name to its value's last line.
            String email = lines(now).get(markOf(now, "\"Email\"").lastLine());
            assertThat(email).contains(plain ? "ann@gmail.com" : "}");
        }
    }

    @Test
    void theKeysComeFirstThenTheAttributesByNameOnBothSides() {
        var sorted = ImageOrder.sorted(AFTER, Set.of("Id"));

        assertThat(sorted.keySet()).containsExactly("Id", "Address", "Email", "IsPersonalEmail", "Tags", "Visits");
        assertThat(sorted.get("Address").m().keySet()).containsExactly("city", "geo", "zip");
    }

    @Test
    void countsLinesAsTheSharedPrettyPrinterWritesThem() {
        var item = ItemJson.readPlain("{\"a\": {}, \"b\": [], \"c\": [1, {\"d\": null}], \"e\": \"x\\ny\"}", "item");

        MarkedJson plain = MarkedJson.of(item, true, List.of(), Set.of());
        MarkedJson dynamo = MarkedJson.of(item, false, List.of(), Set.of());

        assertThat(lines(plain)).hasSize(MarkedJson.lines(ItemJson.toPlainNode(item)));
        assertThat(lines(dynamo)).hasSize(MarkedJson.lines(ItemJson.toDynamoNode(item)));
    }

    private static List<String> lines(MarkedJson json) {
        return json.text().lines().toList();
    }

    private static List<String> markedFirstLines(MarkedJson json) {
        return json.marks().stream().map(mark -> lines(json).get(mark.firstLine())).toList();
    }

    private static MarkedJson.Mark markOf(MarkedJson json, String name) {
        return json.marks().stream().filter(mark -> lines(json).get(mark.firstLine()).contains(name))
                .findFirst().orElseThrow();
    }
}
