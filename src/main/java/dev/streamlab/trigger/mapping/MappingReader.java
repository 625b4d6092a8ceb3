package dev.streamlab.trigger.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.stream.StartingPosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one entry of {@code eventSourceMappings} with the property names, defaults and limits that
 * AWS::Lambda::EventSourceMapping documents for DynamoDB streams.
 */
final class MappingReader {

    static final List<String> PROPERTIES = List.of("FunctionName", "TableName", "EventSourceArn", "StartingPosition",
            "BatchSize", "MaximumBatchingWindowInSeconds", "MaximumRetryAttempts", "MaximumRecordAgeInSeconds",
            "BisectBatchOnFunctionError", "FunctionResponseTypes", "FilterCriteria", "DestinationConfig", "Enabled");

    static final Range BATCH_SIZE = Range.of(1, 10_000);
    static final Range BATCHING_WINDOW = Range.of(0, 300);
    static final Range RETRY_ATTEMPTS = Range.orMinusOne(0, 10_000, "retry until the record expires");
    static final Range RECORD_AGE = Range.orMinusOne(60, 604_800, "no limit");

    private static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";

    /** A function ARN without version or alias, the form a CloudFormation template produces with GetAtt. */
    private static final Pattern FUNCTION_ARN = Pattern.compile("arn:[a-z-]+:lambda:[^:]*:[^:]*:function:([^:]+)");

    private final Place filePlace;
    private final Path baseDir;
    private final Map<String, FunctionDefinition> functions;

    MappingReader(Place filePlace, Path baseDir, Map<String, FunctionDefinition> functions) {
        this.filePlace = filePlace;
        this.baseDir = baseDir;
        this.functions = functions;
    }

    EventSourceMapping read(int index, JsonNode node) {
        String subject = "eventSourceMappings[" + index + "]";
        JsonNode functionName = node.path("FunctionName");
        Place place = filePlace.about(functionName.isTextual()
                ? subject + " (FunctionName " + functionName.textValue() + ")" : subject);
        if (!node.isObject()) {
            throw place.problem("is " + node + "; it must be an object with FunctionName, TableName and StartingPosition");
        }
        JsonFields fields = JsonFields.of(node, place, PROPERTIES);
        return new EventSourceMapping(index, function(fields), SourceTableField.read(fields), startingPosition(fields),
                fields.integer("BatchSize", 100, BATCH_SIZE),
                Duration.ofSeconds(fields.integer("MaximumBatchingWindowInSeconds", 0, BATCHING_WINDOW)),
                fields.integer("MaximumRetryAttempts", -1, RETRY_ATTEMPTS),
                fields.integer("MaximumRecordAgeInSeconds", -1, RECORD_AGE),
                fields.bool("BisectBatchOnFunctionError", false),
                reportBatchItemFailures(fields),
                fields.object("FilterCriteria", List.of("Filters")).map(c -> node.get("FilterCriteria")).orElse(null),
                DestinationConfigField.read(fields, baseDir),
                fields.bool("Enabled", true));
    }

    private String function(JsonFields fields) {
        String given = fields.requiredText("FunctionName", "name one of the functions: " + defined());
        Matcher arn = FUNCTION_ARN.matcher(given);
        String name = arn.matches() ? arn.group(1) : given;
        if (!functions.containsKey(name)) {
            throw fields.bad("FunctionName", fields.get("FunctionName").orElseThrow(),
                    "the file defines no such function, only " + defined());
        }
        return name;
    }

    private String defined() {
        return functions.isEmpty() ? "none" : String.join(", ", functions.keySet());
    }

    private static StartingPosition startingPosition(JsonFields fields) {
        String allowed = "DynamoDB streams allow TRIM_HORIZON or LATEST";
        String given = fields.requiredText("StartingPosition", allowed.replace("allow", "need"));
        try {
            return StartingPosition.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw fields.bad("StartingPosition", fields.get("StartingPosition").orElseThrow(), allowed);
        }
    }

    private static boolean reportBatchItemFailures(JsonFields fields) {
        return fields.get("FunctionResponseTypes").map(types -> {
            boolean valid = types.isArray();
            for (JsonNode type : types) {
                valid &= REPORT_BATCH_ITEM_FAILURES.equals(type.textValue());
            }
            if (!valid) {
                throw fields.bad("FunctionResponseTypes", types,
                        "DynamoDB streams allow [] or [\"" + REPORT_BATCH_ITEM_FAILURES + "\"]");
            }
            return !types.isEmpty();
        }).orElse(false);
    }
}
