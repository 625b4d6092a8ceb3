package dev.streamlab.trigger.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.stream.StreamRecord;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamodbEventsTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void everyFieldOfTheRecordIsSet() {
        var converted = DynamodbEvents.record(record(Map.of("Name", AttributeValue.fromS("ann")),
                Optional.of(new StreamRecord.UserIdentity("dynamodb.amazonaws.com", "Service"))));

        assertThat(converted.getEventID()).isEqualTo("e-1");
        assertThat(converted.getEventName()).isEqualTo("MODIFY");
        assertThat(converted.getEventVersion()).isEqualTo("1.1");
        assertThat(converted.getEventSource()).isEqualTo("aws:dynamodb");
        assertThat(converted.getAwsRegion()).isEqualTo("us-east-1");
        assertThat(converted.getEventSourceARN()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/T/stream/x");
        assertThat(converted.getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
        assertThat(converted.getUserIdentity().getType()).isEqualTo("Service");
        var dynamodb = converted.getDynamodb();
        assertThat(dynamodb.getApproximateCreationDateTime()).isEqualTo(Date.from(CREATED));
        assertThat(dynamodb.getKeys().get("Id").getN()).isEqualTo("7");
        assertThat(dynamodb.getNewImage().get("Name").getS()).isEqualTo("ann");
        assertThat(dynamodb.getOldImage().get("Id").getN()).isEqualTo("7");
        assertThat(dynamodb.getSequenceNumber()).isEqualTo("100");
        assertThat(dynamodb.getSizeBytes()).isEqualTo(42L);
        assertThat(dynamodb.getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    }

    @Test
    void everyAttributeTypeIsConvertedAtAnyDepth() {
        var blob = SdkBytes.fromUtf8String("bytes");
        var deep = AttributeValue.fromM(Map.of("L", AttributeValue.fromL(List.of(
                AttributeValue.fromNs(List.of("1", "2")), AttributeValue.fromBs(List.of(blob)),
                AttributeValue.fromM(Map.of("Null", AttributeValue.fromNul(true)))))));
        Map<String, AttributeValue> image = Map.of("S", AttributeValue.fromS("s"), "N", AttributeValue.fromN("1.5"),
                "B", AttributeValue.fromB(blob), "SS", AttributeValue.fromSs(List.of("a", "b")),
                "Bool", AttributeValue.fromBool(false), "Deep", deep);

        var converted = DynamodbEvents.record(record(image, Optional.empty())).getDynamodb().getNewImage();

        assertThat(converted.get("S").getS()).isEqualTo("s");
        assertThat(converted.get("N").getN()).isEqualTo("1.5");
        assertThat(converted.get("B").getB()).isEqualTo(ByteBuffer.wrap(blob.asByteArray()));
        assertThat(converted.get("SS").getSS()).containsExactly("a", "b");
        assertThat(converted.get("Bool").getBOOL()).isFalse();
        var list = converted.get("Deep").getM().get("L").getL();
        assertThat(list.get(0).getNS()).containsExactly("1", "2");
        assertThat(list.get(1).getBS()).containsExactly(ByteBuffer.wrap(blob.asByteArray()));
        assertThat(list.get(2).getM().get("Null").getNULL()).isTrue();
    }

    @Test
    void aRecordWithoutUserIdentityOrImagesLeavesThemUnset() {
        var keysOnly = new StreamRecord("e-2", "REMOVE", "us-east-1", "arn", "shard", CREATED,
                Map.of("Id", AttributeValue.fromN("7")), Optional.empty(), Optional.empty(), "101", 10, "KEYS_ONLY",
                Optional.empty());

        var converted = DynamodbEvents.record(keysOnly);

        assertThat(converted.getUserIdentity()).isNull();
        assertThat(converted.getDynamodb().getNewImage()).isNull();
        assertThat(converted.getDynamodb().getOldImage()).isNull();
        assertThat(converted.getDynamodb().getApproximateCreationDateTime()).isNotNull();
    }

    private static StreamRecord record(Map<String, AttributeValue> newImage,
            Optional<StreamRecord.UserIdentity> who) {
        return new StreamRecord("e-1", "MODIFY", "us-east-1", "arn:aws:dynamodb:us-east-1:000000000000:table/T/stream/x",
                "shard-1", CREATED, Map.of("Id", AttributeValue.fromN("7")), Optional.of(newImage),
                Optional.of(Map.of("Id", AttributeValue.fromN("7"))), "100", 42, "NEW_AND_OLD_IMAGES", who);
    }
}
