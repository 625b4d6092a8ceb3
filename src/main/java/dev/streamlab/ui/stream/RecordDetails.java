package dev.streamlab.ui.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import dev.streamlab.stream.LambdaEventJson;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.ui.stream.AttributeChange.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the detail pane shows of the selected record: its images side by side with the changed attributes marked
 * (attributes in the same order on both sides), the record's fields, and the exact record a Lambda function would
 * receive.
 *
 * @param changes   what a MODIFY changed; empty unless the record carries both images
 * @param eventJson the record in Lambda's DynamoDB event shape, pretty-printed, to copy
 */
public record RecordDetails(StreamRow row, ImageSide left, ImageSide right, List<AttributeChange> changes,
        List<Fact> facts, String eventJson) {

    /** A named field of the record, as text. */
    public record Fact(String name, String value) {
    }

    static final String KEYS_ONLY = "KEYS_ONLY";

    public RecordDetails {
        changes = List.copyOf(changes);
        facts = List.copyOf(facts);
    }

    static RecordDetails of(StreamRow row, boolean plain) {
        StreamRecord record = row.record();
        Set<String> keyNames = record.keys().keySet();
        Optional<Map<String, AttributeValue>> oldImage = record.oldImage()
                .map(image -> ImageOrder.sorted(image, keyNames));
        Optional<Map<String, AttributeValue>> newImage = record.newImage()
                .map(image -> ImageOrder.sorted(image, keyNames));
        List<AttributeChange> changes = oldImage.isPresent() && newImage.isPresent()
                ? ImageChanges.between(oldImage.get(), newImage.get()) : List.of();
        ImageSide left;
        ImageSide right;
        if (KEYS_ONLY.equals(record.streamViewType())) {
            left = ImageSide.shown("Keys", MarkedJson.of(record.keys(), plain, List.of(), Set.of()));
            right = ImageSide.missing("Images", "No images: this table's stream is KEYS_ONLY, so its records carry"
                    + " only the keys. Set StreamViewType to NEW_AND_OLD_IMAGES in the table file to see the item"
                    + " before and after.");
        } else {
            left = side("OldImage", oldImage, plain, changes, Set.of(Kind.REMOVED, Kind.CHANGED),
                    oldImageMissing(record));
            right = side("NewImage", newImage, plain, changes, Set.of(Kind.ADDED, Kind.CHANGED),
                    newImageMissing(record));
        }
        return new RecordDetails(row, left, right, changes, RecordFacts.of(row),
                pretty(LambdaEventJson.record(record)));
    }

    /** "~ Email  + IsPersonalEmail  − Phone"; empty when nothing is compared. */
    public String changesText() {
        return changes.stream().map(AttributeChange::toString).collect(Collectors.joining("  "));
    }

    private static ImageSide side(String title, Optional<Map<String, AttributeValue>> image, boolean plain,
            List<AttributeChange> changes, Set<Kind> shown, String missing) {
        return image.map(shownImage -> ImageSide.shown(title, MarkedJson.of(shownImage, plain, changes, shown)))
                .orElseGet(() -> ImageSide.missing(title, missing));
    }

    private static String pretty(JsonNode node) {
        try {
            return Json.prettyWriter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes written to a String cannot fail; this would be a Jackson bug
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    private static String oldImageMissing(StreamRecord record) {
        if ("INSERT".equals(record.eventName())) {
            return "No OldImage: an INSERT has no item before it.";
        }
        return "No OldImage: this table's stream is " + record.streamViewType()
                + ", which records only the item after the change.";
    }

    private static String newImageMissing(StreamRecord record) {
        if ("REMOVE".equals(record.eventName())) {
            return "No NewImage: a REMOVE leaves no item after it.";
        }
        return "No NewImage: this table's stream is " + record.streamViewType()
                + ", which records only the item before the change.";
    }
}
