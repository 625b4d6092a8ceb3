package dev.streamlab.data.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.ItemStore;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The boto3 snippet of a query, run by python3 against the test's DynamoDB Local, prints the items it matched. */
class PythonCodeTest {

    @Test
    void literalsAreValidPython() {
        var request = new ItemPageRequest("t-table", Optional.empty(), Optional.empty(), Optional.of("#f = :f"),
                Optional.empty(), new Expressions(Map.of("#f", "flag"), Map.of(":f", AttributeValue.fromBool(true))),
                false, 100, Optional.empty());
        assertThat(PythonCode.of(request, new CodeTarget(Optional.empty(), "eu-west-1")))
                .contains("dynamodb = boto3.client(\"dynamodb\", region_name=\"eu-west-1\")")
                .contains("ExpressionAttributeValues={\":f\": {\"BOOL\": True}},")
                .contains("response = dynamodb.scan(");
    }

    @Test
    void theSnippetRunsAgainstDynamoDbLocal() throws Exception {
        assumeTrue(python("import boto3").exitCode == 0, "python3 with boto3 is not installed here");
        String table = TestTables.orders().name();
        var store = new ItemStore(LocalDynamo.clients().dynamo(), new TableSchemas(new TableCatalog(
                LocalDynamo.clients().dynamo())));
        for (int amount : new int[] {10, 20, 30}) {
            store.put(table, Map.of("Id", AttributeValue.fromN("7"), "Amount", AttributeValue.fromN("" + amount)),
                    Optional.empty(), Expressions.none());
        }
        var request = new ItemPageRequest(table, Optional.empty(), Optional.of("Id = :id AND Amount >= :min"),
                Optional.empty(), Optional.empty(), new Expressions(Map.of(),
                Map.of(":id", AttributeValue.fromN("7"), ":min", AttributeValue.fromN("20"))), true, 100,
                Optional.empty());

        Run run = python(PythonCode.of(request, new CodeTarget(Optional.of(LocalDynamo.endpoint().toString()),
                "us-east-1")));

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output.strip().split("\\R")).hasSize(2);
        assertThat(run.output.indexOf("'30'")).isLessThan(run.output.indexOf("'20'")).isNotNegative();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run python(String code) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Run(-1, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
