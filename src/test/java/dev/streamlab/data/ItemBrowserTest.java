package dev.streamlab.data;

import static dev.streamlab.data.ItemStoreTest.n;
import static dev.streamlab.data.ItemStoreTest.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemBrowserTest {

    private final TableSchemas schemas = new TableSchemas(new TableCatalog(LocalDynamo.clients().dynamo()));
    private final ItemBrowser browser = new ItemBrowser(LocalDynamo.clients().dynamo(), schemas);
    private String messages;

    /** Group g1 has messages at sk 2023-03-01 … 2023-03-20 (created 1…20); group g2 has five. */
    @BeforeAll
    void fill() {
        messages = TestTables.messages().name();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        IntStream.rangeClosed(1, 20).forEach(day -> items.add(message("g1", day)));
        IntStream.rangeClosed(1, 5).forEach(day -> items.add(message("g2", day)));
        new BatchLoader(LocalDynamo.clients().dynamo()).write(messages, items, written -> { });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pk = :pk AND sk = :a                      | 5  | 5",
            "pk = :pk AND sk < :a                      | 1  | 4",
            "pk = :pk AND sk <= :a                     | 1  | 5",
            "pk = :pk AND sk > :a                      | 6  | 20",
            "pk = :pk AND sk >= :a                     | 5  | 20",
            "pk = :pk AND sk BETWEEN :a AND :b         | 5  | 12",
            "pk = :pk AND begins_with(sk, :prefix)     | 10 | 19"})
    void everyKeyConditionOperatorSelectsTheRightRange(String condition, int firstDay, int lastDay) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s("MSG#g1")));
        if (condition.contains(":a")) {
            values.put(":a", s(sk(5)));
        }
        if (condition.contains(":b")) {
            values.put(":b", s(sk(12)));
        }
        if (condition.contains(":prefix")) {
            values.put(":prefix", s("2023-03-1"));
        }
        var page = browser.page(query(condition, values, Optional.empty(), false, 100));
        assertThat(days(page)).containsExactlyElementsOf(IntStream.rangeClosed(firstDay, lastDay).boxed().toList());
    }

    @Test
    void descendingGivesNewestFirst() {
        var page = browser.page(query("pk = :pk", Map.of(":pk", s("MSG#g2")), Optional.empty(), true, 100));
        assertThat(days(page)).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void queriesAGlobalAndALocalIndex() {
        var global = browser.page(query("message_group_uuid = :g", Map.of(":g", s("g2")),
                Optional.of("message-group-sk-index"), false, 100));
        assertThat(days(global)).containsExactly(1, 2, 3, 4, 5);

        var local = browser.page(query("pk = :pk AND created > :c", Map.of(":pk", s("MSG#g1"), ":c", n("17")),
                Optional.of("created-index"), true, 100));
        assertThat(days(local)).containsExactly(20, 19, 18);
    }

    @Test
    void aFilteredPageIsFilledAndSaysWhenMoreRemain() {
        // Every fifth message matches: 4 of g1's 20.
        var request = new ItemPageRequest(messages, Optional.empty(), Optional.of("pk = :pk"),
                Optional.of("created IN (:a, :b, :c, :d)"), Optional.empty(),
                new Expressions(Map.of(), Map.of(":pk", s("MSG#g1"), ":a", n("5"), ":b", n("10"), ":c", n("15"),
                        ":d", n("20"))), false, 3, Optional.empty());

        ItemPage first = browser.page(request);
        assertThat(days(first)).containsExactly(5, 10, 15);
        assertThat(first.hasMore()).isTrue();

        ItemPage second = browser.page(request.startingAt(first.nextKey()));
        assertThat(days(second)).containsExactly(20);
    }

    @Test
    void forEachFollowsPagesUpToTheLimit() {
        var all = new ArrayList<Map<String, AttributeValue>>();
        var rest = browser.forEach(ItemPageRequest.scan(messages).withPageSize(4), 100, all::add);
        assertThat(all).hasSize(25);
        assertThat(rest).isEmpty();

        var some = new ArrayList<Map<String, AttributeValue>>();
        var next = browser.forEach(ItemPageRequest.scan(messages).withPageSize(4), 7, some::add);
        assertThat(some).hasSize(7);
        assertThat(next).isPresent();
    }

    @Test
    void aProjectionReturnsOnlyTheNamedAttributes() {
        var request = new ItemPageRequest(messages, Optional.empty(), Optional.of("pk = :pk"), Optional.empty(),
                Optional.of("sk, #m"), new Expressions(Map.of("#m", "message"), Map.of(":pk", s("MSG#g2"))), false,
                100, Optional.empty());
        assertThat(browser.page(request).items()).hasSize(5)
                .allSatisfy(item -> assertThat(item).containsOnlyKeys("sk", "message"));
    }

    @Test
    void anUnknownIndexNamesTheIndexesThereAre() {
        assertThatThrownBy(() -> browser.page(query("pk = :pk", Map.of(":pk", s("x")), Optional.of("by-date"),
                false, 10)))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Table " + messages + " has no index \"by-date\": its indexes are "
                        + "message-group-sk-index, created-index.");
    }

    private ItemPageRequest query(String condition, Map<String, AttributeValue> values, Optional<String> index,
            boolean descending, int pageSize) {
        return new ItemPageRequest(messages, index, Optional.of(condition), Optional.empty(), Optional.empty(),
                new Expressions(Map.of(), values), descending, pageSize, Optional.empty());
    }

    private static Map<String, AttributeValue> message(String group, int day) {
        return Map.of("pk", s("MSG#" + group), "sk", s(sk(day)), "message_group_uuid", s(group),
                "created", n(Integer.toString(day)), "message", s("message " + day));
    }

    private static String sk(int day) {
        return String.format("2023-03-%02dT10:00:00.000000+00:00", day);
    }

    private static List<Integer> days(ItemPage page) {
        return page.items().stream().map(item -> Integer.parseInt(item.get("created").n())).toList();
    }
}
