package dev.streamlab.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class WriteObserverTest {

    @Test
    void writesFireTheSignalAndReadsDoNot() {
        String orders = TestTables.orders().name();
        var dynamo = LocalDynamo.clients().dynamo();
        var key = Map.of("Id", AttributeValue.fromN("1"), "Amount", AttributeValue.fromN("5"));
        WriteSignal writes = LocalDynamo.server().writes();

        long before = writes.mark();
        dynamo.putItem(r -> r.tableName(orders).item(key));
        long afterPut = writes.mark();
        dynamo.getItem(r -> r.tableName(orders).key(key));
        dynamo.scan(r -> r.tableName(orders));
        long afterReads = writes.mark();
        dynamo.deleteItem(r -> r.tableName(orders).key(key));

        assertThat(afterPut).isGreaterThan(before);
        assertThat(afterReads).isEqualTo(afterPut);
        assertThat(writes.mark()).isGreaterThan(afterReads);
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
