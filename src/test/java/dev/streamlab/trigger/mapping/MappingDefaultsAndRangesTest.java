package dev.streamlab.trigger.mapping;

import static dev.streamlab.trigger.mapping.MappingJson.onlyMapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import dev.streamlab.stream.StartingPosition;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingDefaultsAndRangesTest {

    private static final String PREFIX = "mappings.json: eventSourceMappings[0] (FunctionName email-checker) has ";

    @Test
    void appliesAwsDefaultsForWhatTheFileLeavesOut() {
        EventSourceMapping mapping = onlyMapping("");

        assertThat(mapping.index()).isZero();
        assertThat(mapping.functionName()).isEqualTo("email-checker");
        assertThat(mapping.tableName()).isEqualTo("CloudAcademyLabs");
        assertThat(mapping.startingPosition()).isEqualTo(StartingPosition.LATEST);
        assertThat(mapping.batchSize()).isEqualTo(100);
        assertThat(mapping.maximumBatchingWindow()).isEqualTo(Duration.ZERO);
        assertThat(mapping.maximumRetryAttempts()).isEqualTo(-1);
        assertThat(mapping.maximumRecordAgeSeconds()).isEqualTo(-1);
        assertThat(mapping.bisectBatchOnFunctionError()).isFalse();
        assertThat(mapping.reportBatchItemFailures()).isFalse();
        assertThat(mapping.filterCriteria()).isNull();
        assertThat(mapping.onFailureDestination()).isEmpty();
        assertThat(mapping.enabled()).isTrue();
    }

    @Test
    void readsEveryPropertyGiven() {
        EventSourceMapping mapping = onlyMapping(", \"BatchSize\": 10, \"MaximumBatchingWindowInSeconds\": 5,"
                + " \"MaximumRetryAttempts\": 3, \"MaximumRecordAgeInSeconds\": 3600, \"BisectBatchOnFunctionError\": true,"
                + " \"FunctionResponseTypes\": [\"ReportBatchItemFailures\"], \"Enabled\": false,"
                + " \"FilterCriteria\": {\"Filters\": [{\"Pattern\": \"{\\\"eventName\\\": [\\\"INSERT\\\"]}\"}]}");

        assertThat(mapping.batchSize()).isEqualTo(10);
        assertThat(mapping.maximumBatchingWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(mapping.maximumRetryAttempts()).isEqualTo(3);
        assertThat(mapping.maximumRecordAgeSeconds()).isEqualTo(3600);
        assertThat(mapping.bisectBatchOnFunctionError()).isTrue();
        assertThat(mapping.reportBatchItemFailures()).isTrue();
        assertThat(mapping.enabled()).isFalse();
        assertThat(mapping.filterCriteria().at("/Filters/0/Pattern").textValue()).isEqualTo("{\"eventName\": [\"INSERT\"]}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "BatchSize, 1", "BatchSize, 10000",
            "MaximumBatchingWindowInSeconds, 0", "MaximumBatchingWindowInSeconds, 300",
            "MaximumRetryAttempts, -1", "MaximumRetryAttempts, 0", "MaximumRetryAttempts, 10000",
            "MaximumRecordAgeInSeconds, -1", "MaximumRecordAgeInSeconds, 60", "MaximumRecordAgeInSeconds, 604800"})
    void acceptsEachBoundary(String property, int value) {
        EventSourceMapping mapping = onlyMapping(", \"" + property + "\": " + value);

        int read = switch (property) {
            case "BatchSize" -> mapping.batchSize();
            case "MaximumBatchingWindowInSeconds" -> (int) mapping.maximumBatchingWindow().toSeconds();
            case "MaximumRetryAttempts" -> mapping.maximumRetryAttempts();
            default -> mapping.maximumRecordAgeSeconds();
        };
        assertThat(read).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "BatchSize | 0 | 1 to 10000",
            "BatchSize | 10001 | 1 to 10000",
            "BatchSize | 20000 | 1 to 10000",
            "BatchSize | 1.5 | 1 to 10000",
            "BatchSize | \"100\" | 1 to 10000",
            "BatchSize | 99999999999999999999 | 1 to 10000",
            "MaximumBatchingWindowInSeconds | -1 | 0 to 300",
            "MaximumBatchingWindowInSeconds | 301 | 0 to 300",
            "MaximumRetryAttempts | -2 | -1 (retry until the record expires) or 0 to 10000",
            "MaximumRetryAttempts | 10001 | -1 (retry until the record expires) or 0 to 10000",
            "MaximumRecordAgeInSeconds | -2 | -1 (no limit) or 60 to 604800",
            "MaximumRecordAgeInSeconds | 0 | -1 (no limit) or 60 to 604800",
            "MaximumRecordAgeInSeconds | 59 | -1 (no limit) or 60 to 604800",
            "MaximumRecordAgeInSeconds | 604801 | -1 (no limit) or 60 to 604800"})
    void rejectsEachValueOutsideItsRangeNamingFieldValueAndRange(String property, String value, String allowed) {
        assertThatThrownBy(() -> onlyMapping(", \"" + property + "\": " + value))
                .isInstanceOf(UserInputException.class)
                .hasMessage(PREFIX + property + " " + value + "; DynamoDB streams allow " + allowed + ".");
    }

    @Test
    void requiresStartingPositionAndAllowsOnlyTrimHorizonOrLatest() {
        String noPosition = MappingJson.withMappings(
                "{\"FunctionName\": \"email-checker\", \"TableName\": \"CloudAcademyLabs\"}");
        assertThatThrownBy(() -> MappingJson.parse(noPosition))
                .hasMessage(PREFIX.replace(" has ", " has no ") + "StartingPosition; DynamoDB streams need TRIM_HORIZON or LATEST.");

        assertThat(MappingJson.parse(MappingJson.withMappings("{\"FunctionName\": \"email-checker\", "
                + "\"TableName\": \"CloudAcademyLabs\", \"StartingPosition\": \"TRIM_HORIZON\"}"))
                .mappings().get(0).startingPosition()).isEqualTo(StartingPosition.TRIM_HORIZON);
        assertThatThrownBy(() -> MappingJson.parse(MappingJson.withMappings("{\"FunctionName\": \"email-checker\", "
                + "\"TableName\": \"CloudAcademyLabs\", \"StartingPosition\": \"AT_TIMESTAMP\"}")))
                .hasMessage(PREFIX + "StartingPosition \"AT_TIMESTAMP\"; DynamoDB streams allow TRIM_HORIZON or LATEST.");
    }

    @Test
    void allowsOnlyReportBatchItemFailuresAsResponseType() {
        assertThat(onlyMapping(", \"FunctionResponseTypes\": []").reportBatchItemFailures()).isFalse();
        assertThatThrownBy(() -> onlyMapping(", \"FunctionResponseTypes\": [\"ReportItemFailures\"]"))
                .hasMessage(PREFIX + "FunctionResponseTypes [\"ReportItemFailures\"]; "
                        + "DynamoDB streams allow [] or [\"ReportBatchItemFailures\"].");
    }

    @Test
    void rejectsABooleanWrittenAsAString() {
        assertThatThrownBy(() -> onlyMapping(", \"Enabled\": \"false\""))
                .hasMessage(PREFIX + "Enabled \"false\"; it must be true or false.");
    }
}
