package dev.streamlab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.Connection;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StreamMonitorTest {

    private final List<StreamRecord> records = new CopyOnWriteArrayList<>();
    private final List<Set<String>> following = new CopyOnWriteArrayList<>();
    private final Set<String> listening = ConcurrentHashMap.newKeySet();

    private StreamMonitor monitor() {
        var connection = new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server()));
        return new StreamMonitor(connection, new TableCatalog(LocalDynamo.clients().dynamo()), records::add,
                new StreamMonitor.Listener() {
                    @Override
                    public void following(Set<String> tables) {
                        following.add(tables);
                    }

                    @Override
                    public void listening(String table, String shardId) {
                        listening.add(table);
                    }
                }, Duration.ofMinutes(1));
    }

    @Test
    void aTableThereAtTheStartIsFollowedFromNowOn() throws Exception {
        String orders = TestTables.orders().name();
        put(orders, 1);
        try (var monitor = monitor()) {
            monitor.start();
            Await.until("the table's reader has taken its position", () -> listening.contains(orders));

            put(orders, 2);

            Await.until("the new record arrives", () -> idsOf(orders).contains("2"));
            assertThat(idsOf(orders)).as("a record from before the start is old news").doesNotContain("1");
        }
    }

    @Test
    void aTableCreatedLaterIsPickedUpWithItsFirstRecordsOnRescan() throws Exception {
        try (var monitor = monitor()) {
            monitor.start();
            Await.until("the first look at the tables is done", () -> !following.isEmpty());
            String orders = TestTables.orders().name();
            put(orders, 7);

            monitor.rescan();

            Await.until("the new table's first record arrives", () -> idsOf(orders).contains("7"));
            Await.until("the table is among those followed",
                    () -> following.get(following.size() - 1).contains(orders));
        }
    }

    @Test
    void aTableWithoutAStreamIsNotFollowed() throws Exception {
        String plain = TestTables.plain();
        String orders = TestTables.orders().name();
        try (var monitor = monitor()) {
            monitor.start();
            Await.until("the tables are looked at", () -> monitor.followed().contains(orders));

            assertThat(monitor.followed()).doesNotContain(plain);
        }
    }

    private List<String> idsOf(String table) {
        return records.stream().filter(r -> r.eventSourceArn().contains(":table/" + table + "/"))
                .map(r -> r.keys().get("Id").n()).toList();
    }

    private static void put(String table, int id) {
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(table).item(Map.of(
                "Id", AttributeValue.fromN(Integer.toString(id)), "Amount", AttributeValue.fromN("1"))));
    }
}
