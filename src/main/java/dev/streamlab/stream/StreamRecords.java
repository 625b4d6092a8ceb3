package dev.streamlab.stream;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Turns the records GetRecords returns into {@link StreamRecord}s of one shard. */
final class StreamRecords {

    private StreamRecords() {
    }

    static List<StreamRecord> of(List<Record> records, StreamHandle stream, String shardId) {
        return records.stream().map(record -> of(record, stream, shardId)).toList();
    }

    static StreamRecord of(Record record, StreamHandle stream, String shardId) {
        var change = record.dynamodb();
        Optional<StreamRecord.UserIdentity> identity = Optional.ofNullable(record.userIdentity())
                .map(who -> new StreamRecord.UserIdentity(who.principalId(), who.type()));
        return new StreamRecord(
                record.eventID(),
                record.eventNameAsString(),
                record.awsRegion() == null ? stream.region() : record.awsRegion(),
                stream.streamArn(),
                shardId,
                change.approximateCreationDateTime(),
                change.keys(),
                change.hasNewImage() ? Optional.of(change.newImage()) : Optional.empty(),
                change.hasOldImage() ? Optional.of(change.oldImage()) : Optional.empty(),
                change.sequenceNumber(),
                change.sizeBytes() == null ? 0 : change.sizeBytes(),
                change.streamViewTypeAsString() == null ? stream.viewType() : change.streamViewTypeAsString(),
                identity);
    }
}
