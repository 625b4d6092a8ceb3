package dev.streamlab.builtins;

import dev.streamlab.stream.StreamRecord;

/** The table a record came from, as its stream ARN names it: arn:aws:dynamodb:REGION:ACCOUNT:table/NAME/stream/LABEL. */
final class RecordTable {

    private static final String TABLE = ":table/";
    private static final String STREAM = "/stream/";

    private RecordTable() {
    }

    static String of(StreamRecord record) {
        String arn = record.eventSourceArn();
        int start = arn == null ? -1 : arn.indexOf(TABLE);
        int end = start < 0 ? -1 : arn.indexOf(STREAM, start);
        if (end < 0) {
            throw new IllegalArgumentException("Record " + record.eventId() + " has no table in its eventSourceARN '"
                    + arn + "'; set TABLE_NAME.");
        }
        return arn.substring(start + TABLE.length(), end);
    }
}
