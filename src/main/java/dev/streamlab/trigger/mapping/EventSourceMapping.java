package dev.streamlab.trigger.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.stream.StartingPosition;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code eventSourceMappings}, with AWS's defaults applied for what the file leaves out.
 *
 * @param index                      position in the file, so messages and checkpoints can name the mapping
 * @param functionName               a key of {@link MappingFile#functions()} (a FunctionName ARN is reduced to it)
 * @param tableName                  from TableName, or the table part of a DynamoDB stream EventSourceArn
 * @param maximumRetryAttempts       -1 retries until the record expires
 * @param maximumRecordAgeSeconds    -1 means no limit
 * @param reportBatchItemFailures    FunctionResponseTypes holds ReportBatchItemFailures
 * @param filterCriteria             the FilterCriteria object as written, or null; the filter package reads its patterns
 * @param onFailureDestination       the file path (without "file:") resolved against the mapping file's folder
 */
public record EventSourceMapping(int index, String functionName, String tableName, StartingPosition startingPosition,
                                 int batchSize, Duration maximumBatchingWindow, int maximumRetryAttempts,
                                 int maximumRecordAgeSeconds, boolean bisectBatchOnFunctionError,
                                 boolean reportBatchItemFailures, JsonNode filterCriteria,
                                 Optional<String> onFailureDestination, boolean enabled) {

    public EventSourceMapping {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(startingPosition, "startingPosition");
        Objects.requireNonNull(maximumBatchingWindow, "maximumBatchingWindow");
        Objects.requireNonNull(onFailureDestination, "onFailureDestination");
    }
}
