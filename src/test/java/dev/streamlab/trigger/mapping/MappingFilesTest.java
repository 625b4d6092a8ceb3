package dev.streamlab.trigger.mapping;

import static dev.streamlab.trigger.mapping.MappingJson.onlyMapping;
import static dev.streamlab.trigger.mapping.MappingJson.parse;
import static dev.streamlab.trigger.mapping.MappingJson.withMapping;
import static dev.streamlab.trigger.mapping.MappingJson.withMappings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFilesTest {

    private static final String PREFIX = "mappings.json: eventSourceMappings[0] (FunctionName email-checker) ";

    @Test
    void takesTheTableFromTableNameOrFromAStreamArn() {
        EventSourceMapping byArn = parse(withMappings("{\"FunctionName\": \"email-checker\", \"StartingPosition\": \"LATEST\","
                + " \"EventSourceArn\": \"arn:aws:dynamodb:ddblocal:000000000000:table/CloudAcademyLabs/stream/"
                + "2024-05-01T10:00:00.000\"}")).mappings().get(0);

        assertThat(byArn.tableName()).isEqualTo("CloudAcademyLabs");
        assertThat(onlyMapping("").tableName()).isEqualTo("CloudAcademyLabs");
    }

    @Test
    void wantsExactlyOneOfTableNameAndEventSourceArn() {
        assertThatThrownBy(() -> parse(withMappings("{\"FunctionName\": \"email-checker\", \"StartingPosition\": \"LATEST\"}")))
                .hasMessageStartingWith(PREFIX + "has neither TableName nor EventSourceArn;");
        assertThatThrownBy(() -> onlyMapping(", \"EventSourceArn\": \"arn:aws:dynamodb:us-east-1:1:table/T1x/stream/x\""))
                .hasMessage(PREFIX + "has both TableName and EventSourceArn; give one of them.");
    }

    @Test
    void rejectsAnArnThatIsNotADynamoDbStream() {
        String tableArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders";
        assertThatThrownBy(() -> parse(withMappings("{\"FunctionName\": \"email-checker\", \"StartingPosition\": \"LATEST\","
                + " \"EventSourceArn\": \"" + tableArn + "\"}")))
                .hasMessageStartingWith(PREFIX + "has EventSourceArn \"" + tableArn + "\"; it must be a DynamoDB stream ARN");
    }

    @Test
    void rejectsAnUnknownPropertyNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> onlyMapping(", \"BatchSise\": 10"))
                .isInstanceOf(UserInputException.class)
                .hasMessage(PREFIX + "has an unknown property \"BatchSise\"; the known ones are FunctionName, TableName, "
                        + "EventSourceArn, StartingPosition, BatchSize, MaximumBatchingWindowInSeconds, MaximumRetryAttempts, "
                        + "MaximumRecordAgeInSeconds, BisectBatchOnFunctionError, FunctionResponseTypes, FilterCriteria, "
                        + "DestinationConfig, Enabled.");
        assertThatThrownBy(() -> parse(withMapping("").replace("\"Handler\"", "\"Handler\": \"x.Y\", \"Runtime\"")))
                .hasMessage("mappings.json: function email-checker has an unknown property \"Runtime\"; "
                        + "the known ones are Handler, Environment.");
    }

    @Test
    void rejectsAMappingToAnUndefinedFunction() {
        assertThatThrownBy(() -> parse(withMappings("{\"FunctionName\": \"EmailChecker\", \"TableName\": \"CloudAcademyLabs\","
                + " \"StartingPosition\": \"LATEST\"}")))
                .hasMessage("mappings.json: eventSourceMappings[0] (FunctionName EmailChecker) has FunctionName "
                        + "\"EmailChecker\"; the file defines no such function, only email-checker.");
    }

    @Test
    void acceptsAFunctionArnForADefinedFunction() {
        EventSourceMapping mapping = parse(withMappings("{\"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:"
                + "email-checker\", \"TableName\": \"CloudAcademyLabs\", \"StartingPosition\": \"LATEST\"}")).mappings().get(0);

        assertThat(mapping.functionName()).isEqualTo("email-checker");
    }

    @Test
    void resolvesAFileDestinationAgainstTheMappingFilesFolder() {
        EventSourceMapping relative = onlyMapping(
                ", \"DestinationConfig\": {\"OnFailure\": {\"Destination\": \"file:out/../failures.jsonl\"}}");
        EventSourceMapping absolute = onlyMapping(
                ", \"DestinationConfig\": {\"OnFailure\": {\"Destination\": \"file:/var/tmp/failures.jsonl\"}}");

        assertThat(relative.onFailureDestination()).contains(Path.of("/projects/lab/failures.jsonl").toString());
        assertThat(absolute.onFailureDestination()).contains(Path.of("/var/tmp/failures.jsonl").toString());
    }

    @Test
    void rejectsAnSqsDestinationSayingAFileIsNeeded() {
        String sqs = "arn:aws:sqs:us-east-1:123456789012:failures";
        assertThatThrownBy(() -> onlyMapping(", \"DestinationConfig\": {\"OnFailure\": {\"Destination\": \"" + sqs + "\"}}"))
                .hasMessage(PREFIX + "has DestinationConfig.OnFailure.Destination \"" + sqs + "\"; an SQS queue or SNS "
                        + "topic exists only on AWS, so StreamLab needs a file: destination here, such as \"file:failures.jsonl\".");
        assertThatThrownBy(() -> onlyMapping(", \"DestinationConfig\": {\"OnFailure\": {\"Destination\": \"file:\"}}"))
                .hasMessageContaining("needs a file: destination");
        assertThatThrownBy(() -> onlyMapping(", \"DestinationConfig\": {\"OnFalure\": {}}"))
                .hasMessage(PREFIX + "has an unknown property \"DestinationConfig.OnFalure\"; "
                        + "the known ones in DestinationConfig are OnFailure.");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        String json = "{\"functions\": {},\n  \"eventSourceMappings\": [ { \"BatchSize\": 1, } ]}";

        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("mappings.json is not valid JSON at line 2, column 46: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void rejectsAPropertyGivenTwice() {
        assertThatThrownBy(() -> onlyMapping(", \"TableName\": \"Orders\""))
                .hasMessageContaining("mappings.json is not valid JSON at line 2").hasMessageContaining("TableName");
    }

    @Test
    void saysWhatIsMissingAtTheTop() {
        assertThatThrownBy(() -> parse("{\"eventSourceMappings\": []}"))
                .hasMessageStartingWith("mappings.json: the file has no \"functions\" object;");
        assertThatThrownBy(() -> parse("{\"functions\": {}}"))
                .hasMessageStartingWith("mappings.json: the file has no \"eventSourceMappings\" array;");
        assertThatThrownBy(() -> parse("[]")).hasMessageStartingWith("mappings.json: the file is not a JSON object;");
        assertThatThrownBy(() -> parse("  ")).hasMessageStartingWith("mappings.json is empty;");
    }

    @Test
    void rejectsASecondMappingOfTheSameTableToTheSameFunction() {
        String mapping = "{\"FunctionName\": \"email-checker\", \"TableName\": \"CloudAcademyLabs\", \"StartingPosition\": \"LATEST\"}";

        assertThatThrownBy(() -> parse(withMappings(mapping + ", " + mapping)))
                .hasMessage("mappings.json: eventSourceMappings[1] (FunctionName email-checker) maps table CloudAcademyLabs "
                        + "to the same function as eventSourceMappings[0]; AWS allows one mapping per stream and function.");
    }

    @Test
    void readsAFileResolvingDestinationsNextToIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mappings.json");
        Files.writeString(file, withMapping(", \"DestinationConfig\": {\"OnFailure\": {\"Destination\": \"file:failed.jsonl\"}}"));

        MappingFile read = MappingFiles.read(file);

        assertThat(read.mappings().get(0).onFailureDestination()).contains(dir.resolve("failed.jsonl").toString());
        assertThatThrownBy(() -> MappingFiles.read(dir.resolve("missing.json")))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The mapping file " + dir.resolve("missing.json") + " does not exist: check the path.");
    }
}
