package dev.streamlab.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class WriteObserverTest {

    @Test
    void writesFireTheSignalAndReadsDoNot() throws InterruptedException {
        String orders = TestTables.orders().name();
        var dynamo = LocalDynamo.clients().dynamo();
        var key = Map.of("Id", AttributeValue.fromN("1"), "Amount", AttributeValue.fromN("5"));
        WriteSignal writes = LocalDynamo.server().writes();

        // The signal fires once the response is complete, which may be a moment after the client has it.
        long before = writes.mark();
        dynamo.putItem(r -> r.tableName(orders).item(key));
        assertThat(writes.awaitAfter(before, Duration.ofSeconds(5))).as("the put fired the signal").isTrue();

        long afterPut = writes.mark();
        dynamo.getItem(r -> r.tableName(orders).key(key));
        dynamo.scan(r -> r.tableName(orders));
        dynamo.query(r -> r.tableName(orders).keyConditionExpression("Id = :id")
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromN("1"))));
        assertThat(writes.awaitAfter(afterPut, Duration.ofMillis(300))).as("reads fired the signal").isFalse();

        dynamo.deleteItem(r -> r.tableName(orders).key(key));
        assertThat(writes.awaitAfter(afterPut, Duration.ofSeconds(5))).as("the delete fired the signal").isTrue();
    }

    @Test
    void onlyDynamoDbWriteOperationsCount() {
        assertThat(WriteObserver.isWrite("DynamoDB_20120810.PutItem")).isTrue();
        assertThat(WriteObserver.isWrite("DynamoDB_20120810.TransactWriteItems")).isTrue();
        assertThat(WriteObserver.isWrite("DynamoDB_20120810.Query")).isFalse();
        assertThat(WriteObserver.isWrite("DynamoDBStreams_20120810.GetRecords")).isFalse();
        assertThat(WriteObserver.isWrite(null)).isFalse();
    }
}
