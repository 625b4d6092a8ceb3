package dev.streamlab.stream;

import dev.streamlab.data.SdkErrors;
import dev.streamlab.data.TableNames;
import dev.streamlab.model.UserInputException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Finds a table's current stream (DescribeTable → LatestStreamArn). */
public final class StreamLocator {

    private final DynamoDbClient dynamo;
    private final String region;

    public StreamLocator(DynamoDbClient dynamo, String region) {
        this.dynamo = dynamo;
        this.region = region;
    }

    public StreamHandle locate(String table) {
        TableNames.require(table, "Table name");
        var description = SdkErrors.translate(() -> dynamo.describeTable(r -> r.tableName(table)).table(),
                "table " + table);
        var spec = description.streamSpecification();
        if (spec == null || !Boolean.TRUE.equals(spec.streamEnabled()) || description.latestStreamArn() == null) {
            throw new UserInputException("Table " + table + " has no stream: enable one (e.g. \"StreamSpecification\":"
                    + " {\"StreamEnabled\": true, \"StreamViewType\": \"NEW_AND_OLD_IMAGES\"} in its table file).");
        }
        return new StreamHandle(table, description.latestStreamArn(), spec.streamViewTypeAsString(), region);
    }
}
