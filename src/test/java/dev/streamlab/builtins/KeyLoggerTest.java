package dev.streamlab.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyLoggerTest {

    @Test
    void logsTheKeysOfAKeysOnlyOrdersRecordAsDynamoJson() throws Exception {
        String orders = TestTables.orders().name();
        LocalDynamo.clients().dynamo().putItem(put -> put.tableName(orders).item(Map.of(
                "Id", AttributeValue.fromN("1"), "Amount", AttributeValue.fromN("1000"),
                "Customer", AttributeValue.fromS("Ann"))));
        var context = new RecordingContext("dynamoDBEventLogger");

        var response = new KeyLoggerFactory().create(Map.of()).handle(new StreamTap(orders).newEvent(), context);

        assertThat(response.allSucceeded()).isTrue();
        assertThat(context.lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"Id\":{\"N\":\"1\"}").contains("\"Amount\":{\"N\":\"1000\"}").doesNotContain("Customer"));
    }
}
