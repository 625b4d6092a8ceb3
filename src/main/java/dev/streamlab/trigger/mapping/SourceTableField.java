package dev.streamlab.trigger.mapping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table a mapping reads: TableName (StreamLab's shorthand, since a local stream ARN changes whenever the table
 * is re-created) or the table inside a DynamoDB stream EventSourceArn (what AWS requires).
 */
final class SourceTableField {

    /** DynamoDB's rule for table names. */
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    /** arn:PARTITION:dynamodb:REGION:ACCOUNT:table/NAME/stream/LABEL; DynamoDB Local's region is "ddblocal". */
    private static final Pattern STREAM_ARN = Pattern.compile("arn:[a-z-]+:dynamodb:[^:]*:[^:]*:table/([^/]+)/stream/[^/]+");

    private SourceTableField() {
    }

    static String read(JsonFields fields) {
        Optional<String> tableName = fields.text("TableName");
        Optional<String> arn = fields.text("EventSourceArn");
        if (tableName.isPresent() == arn.isPresent()) {
            throw fields.place().problem(tableName.isPresent()
                    ? "has both TableName and EventSourceArn; give one of them"
                    : "has neither TableName nor EventSourceArn; give the table to read, e.g. \"TableName\": \"Orders\"");
        }
        if (tableName.isPresent()) {
            return checked(fields, "TableName", tableName.get());
        }
        Matcher matcher = STREAM_ARN.matcher(arn.get());
        if (!matcher.matches()) {
            throw fields.bad("EventSourceArn", fields.get("EventSourceArn").orElseThrow(),
                    "it must be a DynamoDB stream ARN such as \"arn:aws:dynamodb:us-east-1:123456789012:table/Orders"
                            + "/stream/2024-01-01T00:00:00.000\", or use TableName instead");
        }
        return checked(fields, "EventSourceArn", matcher.group(1));
    }

    private static String checked(JsonFields fields, String property, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw fields.bad(property, fields.get(property).orElseThrow(),
                    "DynamoDB table names are 3 to 255 letters, digits, dots, dashes and underscores");
        }
        return table;
    }
}
