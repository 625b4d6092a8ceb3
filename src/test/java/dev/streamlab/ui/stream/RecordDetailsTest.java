package dev.streamlab.ui.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.json.Json;
import dev.streamlab.stream.LambdaEventJson;
import org.junit.jupiter.api.Test;

/** What the detail pane says about records that carry fewer than two images. */
class RecordDetailsTest {

    @Test
    void aKeysOnlyRecordShowsItsKeysAndSaysWhyThereIsNoImage() throws Exception {
        var row = StreamRow.of(TracedRecords.keysOnly("Orders", 1));

        RecordDetails details = RecordDetails.of(row, false);

        assertThat(details.left().title()).isEqualTo("Keys");
        assertThat(details.left().json().text()).contains("\"Amount\"", "\"N\": \"1000.50\"");
        assertThat(details.right().json()).isNull();
        assertThat(details.right().absent()).contains("KEYS_ONLY").contains("NEW_AND_OLD_IMAGES");
        assertThat(details.changes()).isEmpty();
        assertThat(details.changesText()).isEmpty();
    }

    @Test
    void anInsertHasNoOldImageAndARemoveNoNewImage() {
        RecordDetails insert = RecordDetails.of(StreamRow.of(TracedRecords.inserted("Users", "ID1", "a@b.c", 1)), true);
        RecordDetails remove = RecordDetails.of(StreamRow.of(TracedRecords.removed("Users", "ID1", 2)), true);

        assertThat(insert.left().absent()).isEqualTo("No OldImage: an INSERT has no item before it.");
        assertThat(insert.right().json().text()).contains("\"Email\": \"a@b.c\"");
        assertThat(remove.right().absent()).isEqualTo("No NewImage: a REMOVE leaves no item after it.");
        assertThat(remove.left().json().text()).contains("\"Email\": \"gone@example.com\"");
    }

    @Test
    void theEventJsonIsTheRecordALambdaFunctionGetsAndTheFieldsNameItsParts() throws Exception {
        var traced = TracedRecords.inserted("Users", "ID1", "a@b.c", 3);

        RecordDetails details = RecordDetails.of(StreamRow.of(traced), false);

        assertThat(Json.mapper().writeValueAsString(Json.mapper().readTree(details.eventJson())))
                .isEqualTo(Json.mapper().writeValueAsString(LambdaEventJson.record(traced.record())));
        assertThat(details.facts()).extracting(RecordDetails.Fact::name).containsExactly("eventID",
                "ApproximateCreationDateTime", "SizeBytes", "StreamViewType", "SequenceNumber", "Shard", "Depth",
                "userIdentity", "eventSourceARN");
        assertThat(details.facts()).contains(
                new RecordDetails.Fact("ApproximateCreationDateTime", "2024-05-01T10:15:30Z (1714558530)"),
                new RecordDetails.Fact("SizeBytes", "120"),
                new RecordDetails.Fact("Depth", "0: a write made outside any trigger"));
    }
}
