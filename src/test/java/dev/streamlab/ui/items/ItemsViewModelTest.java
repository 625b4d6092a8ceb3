package dev.streamlab.ui.items;

import static dev.streamlab.ui.items.ItemsFixture.put;
import static org.assertj.core.api.Assertions.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import dev.streamlab.data.code.CodeLanguage;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The items view without a screen: columns, scan and query, indexes, filters, paging, cancel, stale answers. */
class ItemsViewModelTest {

    /** Orders-like: Id (N) + Amount (N), a KEYS_ONLY stream; partition 1 holds Amounts 10, 20, 30, 40, 50. */
    private static String orders;
    /** cruddur-like: pk + sk strings, a GSI on message_group_uuid + sk, an LSI on pk + created (N). */
    private static String messages;

    private ItemsFixture fixture;

    @BeforeAll
    static void tables() throws Exception {
        FxThread.start();
        orders = TestTables.orders().name();
        for (int amount = 10; amount <= 50; amount += 10) {
            put(orders, "{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"" + amount + "\"}}");
        }
        put(orders, "{\"Id\": {\"N\": \"2\"}, \"Amount\": {\"N\": \"5\"}}");
        messages = TestTables.messages().name();
        put(messages, """
                {"pk": {"S": "GRP#1"}, "sk": {"S": "2023-01-05"}, "zeta": {"S": "z"}, "alpha": {"N": "1"},
                 "message_group_uuid": {"S": "g1"}, "created": {"N": "3"}}""");
        put(messages, """
                {"pk": {"S": "GRP#1"}, "sk": {"S": "2023-02-11"}, "beta": {"BOOL": true}, "alpha": {"N": "2"},
                 "message_group_uuid": {"S": "g1"}, "created": {"N": "7"}}""");
        put(messages, """
                {"pk": {"S": "GRP#1"}, "sk": {"S": "2024-01-01"}, "message_group_uuid": {"S": "g2"},
                 "created": {"N": "9"}}""");
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void columnsPutTheKeysFirstThenEveryAttributeInTheOrderFirstSeen() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(messages);

        query("GRP#1", SortOperator.ANY, "", "");

        assertThat(FxThread.call(() -> List.copyOf(fixture.viewModel.columns())))
                .containsExactly("pk", "sk", "alpha", "created", "message_group_uuid", "zeta", "beta");
        assertThat(fixture.column("sk")).containsExactly("2023-01-05", "2023-02-11", "2024-01-01");
        assertThat(fixture.column("beta")).containsExactly("", "true", "");
    }

    @Test
    void selectingATableScansItsFirstPageWithAnHonestCount() throws Exception {
        fixture = ItemsFixture.connected();

        fixture.select(orders);

        assertThat(fixture.column("Amount")).containsExactlyInAnyOrder("10", "20", "30", "40", "50", "5");
        assertThat(fixture.viewModel.count().get()).isEqualTo("6 items, all read");
        assertThat(fixture.viewModel.more().get()).isFalse();
        assertThat(FxThread.call(() -> fixture.viewModel.form().indexes().get(0).label()))
                .isEqualTo("Table: Id (N), Amount (N)");
    }

    @Test
    void readsAPageAtATimeAndSaysWhetherMoreRemain() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        FxThread.run(() -> {
            fixture.viewModel.form().pageSize().set(4);
            fixture.viewModel.read();
        });
        assertThat(fixture.viewModel.count().get()).isEqualTo("4 items, more to read");

        FxThread.run(fixture.viewModel::loadMore);
        assertThat(fixture.viewModel.count().get()).isEqualTo("6 items, all read");
        assertThat(fixture.column("Amount")).hasSize(6).doesNotHaveDuplicates();
        assertThat(fixture.viewModel.more().get()).isFalse();
    }

    @Test
    void aFilteredReadShowsCountAgainstScannedCount() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);
        assertThat(fixture.viewModel.tally().get()).isEqualTo("Count 6 of ScannedCount 6");

        FxThread.run(() -> {
            fixture.viewModel.form().filtered().set(true);
            fixture.viewModel.form().filterByExpression().set(true);
            fixture.viewModel.form().filter().set("Amount > :min");
            fixture.viewModel.form().placeholders().set("{\":min\": 25}");
            fixture.viewModel.read();
        });

        assertThat(fixture.column("Amount")).containsExactlyInAnyOrder("30", "40", "50");
        assertThat(fixture.viewModel.tally().get()).isEqualTo("Count 3 of ScannedCount 6");
    }

    @Test
    void filterConditionRowsReadOnlyTheItemsEveryRowAllowsOrAnyRowWithMatchAny() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(messages);

        FxThread.run(() -> {
            var conditions = fixture.viewModel.form().conditions();
            fixture.viewModel.form().filtered().set(true);
            FilterCondition since = conditions.rows().get(0);
            since.attribute().set("sk");
            since.operator().set(FilterOperator.BEGINS_WITH);
            since.value().set("2023");
            FilterCondition created = conditions.add();
            created.attribute().set("created");
            created.operator().set(FilterOperator.GREATER);
            created.value().set("5");
            fixture.viewModel.read();
        });
        assertThat(fixture.column("sk")).as("begins_with(sk, 2023) AND created > 5").containsExactly("2023-02-11");
        assertThat(fixture.viewModel.tally().get()).isEqualTo("Count 1 of ScannedCount 3");

        FxThread.run(() -> {
            fixture.viewModel.form().conditions().matchAny().set(true);
            fixture.viewModel.read();
        });
        assertThat(fixture.column("sk")).as("either").containsExactlyInAnyOrder("2023-01-05", "2023-02-11",
                "2024-01-01");

        FxThread.run(() -> {
            var conditions = fixture.viewModel.form().conditions();
            conditions.rows().clear();
            conditions.add().attribute().set("zeta");
            conditions.rows().get(0).operator().set(FilterOperator.NOT_EXISTS);
            FilterCondition beta = conditions.add();
            beta.attribute().set("beta");
            beta.operator().set(FilterOperator.TYPE_IS);
            beta.value().set("BOOL");
            conditions.matchAny().set(false);
            fixture.viewModel.read();
        });
        assertThat(fixture.column("sk")).as("no zeta, beta a boolean").containsExactly("2023-02-11");
    }

    @Test
    void aFilterRowTakesTheTypeOfItsAttributeAndABadValueReadsNothing() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(messages);

        String problem = FxThread.call(() -> {
            fixture.viewModel.form().filtered().set(true);
            FilterCondition row = fixture.viewModel.form().conditions().rows().get(0);
            row.attribute().set("alpha");
            assertThat(row.type().get()).as("alpha is N in the items read").isEqualTo("N");
            row.operator().set(FilterOperator.GREATER_OR_EQUAL);
            row.value().set("two");
            fixture.viewModel.read();
            return fixture.viewModel.readProblem().get();
        });

        assertThat(problem).isEqualTo("Filter condition 1: alpha is a number (N), and \"two\" is not one: write it"
                + " like 42 or 1000.5.");
        assertThat(fixture.column("sk")).as("the shown read stays").hasSize(3);
    }

    @Test
    void aTablesRecentReadsAreKeptNewestFirstAndOneRunsAgainAsItWas() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);
        query("1", SortOperator.BETWEEN, "20", "40");
        filter("Amount > :min", "{\":min\": 25}");
        FxThread.run(() -> fixture.viewModel.form().filtered().set(false));

        fixture.select(messages);
        fixture.select(orders);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> FxThread.call(() -> fixture.viewModel.recentReads().size()) == 2);
        List<String> words = FxThread.call(() -> fixture.viewModel.recentReads().stream()
                .map(ReadSnapshot::words).toList());
        assertThat(words).containsExactly("Scan · filter: Amount > :min", "Query · Id = 1 · Amount between 20 and 40");
        assertThat(fixture.column("Amount")).as("selecting the table again scans it").hasSize(6);

        FxThread.run(() -> fixture.viewModel.readAgain(fixture.viewModel.recentReads().get(1)));

        assertThat(fixture.column("Amount")).containsExactly("20", "30", "40");
        assertThat(FxThread.call(() -> fixture.viewModel.form().mode().get())).isEqualTo(ReadMode.QUERY);
        assertThat(FxThread.call(() -> fixture.viewModel.recentReads().get(0).words()))
                .as("run again, it is the newest").startsWith("Query");
    }

    @Test
    void theReadCopiesAsTheAwsCliCommandForThisEndpoint() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        String command = FxThread.call(() -> {
            fixture.viewModel.form().mode().set(ReadMode.QUERY);
            fixture.viewModel.form().partitionValue().set("1");
            fixture.viewModel.form().descending().set(true);
            return fixture.viewModel.readAs(CodeLanguage.AWS_CLI).orElseThrow();
        });

        assertThat(command).startsWith("aws dynamodb query \\\n    --table-name " + orders + " \\\n")
                .contains("--no-scan-index-forward").contains("--expression-attribute-values")
                .endsWith("--region us-east-1 \\\n    --endpoint-url " + LocalDynamo.endpoint());
    }

    @Test
    void aReadBarMistakeCopiesNothingAndSaysWhy() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        var copied = FxThread.call(() -> {
            fixture.viewModel.form().mode().set(ReadMode.QUERY);
            return fixture.viewModel.readAs(CodeLanguage.AWS_CLI);
        });

        assertThat(copied).isEmpty();
        assertThat(fixture.viewModel.readProblem().get()).isNotEmpty();
    }

    @Test
    void aProjectionReadsTheListedAttributesAndTheKeys() throws Exception {
        String notes = TestTables.orders().name();
        put(notes, "{\"Id\": {\"N\": \"3\"}, \"Amount\": {\"N\": \"1\"}, \"name\": {\"S\": \"n\"},"
                + " \"note\": {\"S\": \"hidden\"}}");
        fixture = ItemsFixture.connected();
        fixture.select(notes);

        FxThread.run(() -> {
            fixture.viewModel.form().projection().set("name");
            fixture.viewModel.form().mode().set(ReadMode.QUERY);
            fixture.viewModel.form().partitionValue().set("3");
            fixture.viewModel.read();
        });

        assertThat(fixture.column("name")).containsExactly("n");
        assertThat(fixture.column("Amount")).containsExactly("1");
        assertThat(fixture.column("note")).containsExactly("");
        assertThat(fixture.session.errors().problems()).isEmpty();
    }

    @Test
    void aPartiqlSelectLandsInTheItemsAndLoadMoreFollowsItsPages() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        FxThread.run(() -> {
            fixture.viewModel.form().mode().set(ReadMode.PARTIQL);
            fixture.viewModel.form().statement().set("SELECT * FROM \"" + orders + "\" WHERE Id = 1 AND Amount > 25");
            fixture.viewModel.read();
        });

        assertThat(fixture.column("Amount")).containsExactlyInAnyOrder("30", "40", "50");
        assertThat(fixture.viewModel.count().get()).isEqualTo("3 items, all read");
        assertThat(fixture.session.errors().problems()).isEmpty();

        FxThread.run(() -> {
            fixture.viewModel.form().statement().set("SELECT * FROM \"" + orders + "\" WHERE Id = 99");
            fixture.viewModel.read();
        });
        assertThat(fixture.viewModel.placeholder().get())
                .isEqualTo("The statement returned no items: change it, then Run.");
    }

    @Test
    void anInvalidStatementSaysWhatDynamoDbSaidAndWritesNothing() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        FxThread.run(() -> {
            fixture.viewModel.form().mode().set(ReadMode.PARTIQL);
            fixture.viewModel.form().statement().set("INSERT INTO \"" + orders + "\" VALUE {'Id': 9, 'Amount': 9");
            fixture.viewModel.read();
        });

        assertThat(fixture.session.errors().problems()).singleElement().extracting(problem -> problem.message())
                .asString().startsWith("DynamoDB rejected the request on the PartiQL statement: ");
        assertThat(LocalDynamo.clients().dynamo().scan(r -> r.tableName(orders)).count()).isEqualTo(6);
    }

    @Test
    void queriesWithEverySortKeyOperatorInEitherOrder() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        assertThat(queryAmounts(SortOperator.ANY, "", "")).containsExactly("10", "20", "30", "40", "50");
        assertThat(queryAmounts(SortOperator.EQUAL, "30", "")).containsExactly("30");
        assertThat(queryAmounts(SortOperator.LESS, "30", "")).containsExactly("10", "20");
        assertThat(queryAmounts(SortOperator.LESS_OR_EQUAL, "30", "")).containsExactly("10", "20", "30");
        assertThat(queryAmounts(SortOperator.GREATER, "30", "")).containsExactly("40", "50");
        assertThat(queryAmounts(SortOperator.GREATER_OR_EQUAL, "30", "")).containsExactly("30", "40", "50");
        assertThat(queryAmounts(SortOperator.BETWEEN, "20", "40")).containsExactly("20", "30", "40");

        FxThread.run(() -> fixture.viewModel.form().descending().set(true));
        assertThat(queryAmounts(SortOperator.BETWEEN, "20", "40")).containsExactly("40", "30", "20");
        assertThat(fixture.viewModel.count().get()).isEqualTo("3 items, all read");
        assertThat(fixture.session.errors().problems()).isEmpty();
    }

    @Test
    void beginsWithWorksOnStringSortKeysAndIsRefusedOnNumbers() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(messages);

        query("GRP#1", SortOperator.BEGINS_WITH, "2023", "");
        assertThat(fixture.column("sk")).containsExactly("2023-01-05", "2023-02-11");

        fixture.select(orders);
        List<String> before = fixture.column("Amount");
        FxThread.run(() -> {
            fixture.viewModel.form().mode().set(ReadMode.QUERY);
            fixture.viewModel.form().partitionValue().set("1");
            fixture.viewModel.form().sortOperator().set(SortOperator.BEGINS_WITH);
            fixture.viewModel.form().sortValue().set("1");
            fixture.viewModel.read();
        });
        assertThat(fixture.viewModel.readProblem().get()).isEqualTo(
                "begins with works on strings and binary, and Amount is a number (N): use between, or >= and <.");
        assertThat(fixture.column("Amount")).isEqualTo(before);
    }

    @Test
    void aNumberKeyThatIsNotANumberIsOneSentenceAndReadsNothing() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        query("one", SortOperator.ANY, "", "");

        assertThat(fixture.viewModel.readProblem().get())
                .isEqualTo("Id is a number (N), and \"one\" is not one: write it like 42 or 1000.5.");
        assertThat(fixture.session.errors().latest().get().source()).isEqualTo("Items");
    }

    @Test
    void queriesAGlobalAndALocalSecondaryIndexShowingTheirKeys() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(messages);
        var choices = FxThread.call(() -> List.copyOf(fixture.viewModel.form().indexes()));
        assertThat(choices).extracting(IndexChoice::label).containsExactly(
                "Table: pk (S), sk (S)",
                "GSI message-group-sk-index: message_group_uuid (S), sk (S)",
                "LSI created-index: pk (S), created (N)");

        FxThread.run(() -> fixture.viewModel.form().index().set(choices.get(1)));
        query("g1", SortOperator.ANY, "", "");
        assertThat(fixture.column("sk")).containsExactly("2023-01-05", "2023-02-11");
        assertThat(FxThread.call(() -> List.copyOf(fixture.viewModel.columns())).subList(0, 3))
                .containsExactly("pk", "sk", "message_group_uuid");
        assertThat(fixture.viewModel.form().partitionLabel().get()).isEqualTo("message_group_uuid =");

        FxThread.run(() -> fixture.viewModel.form().index().set(choices.get(2)));
        query("GRP#1", SortOperator.GREATER, "5", "");
        assertThat(fixture.column("created")).containsExactly("7", "9");
    }

    @Test
    void filtersWithNamesAndValuesGivenAsPlainJson() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(orders);

        filter("#a > :min AND Id = :id", "{\"#a\": \"Amount\", \":min\": 25, \":id\": 1}");
        assertThat(fixture.column("Amount")).containsExactlyInAnyOrder("30", "40", "50");

        filter("#a > :min", "{\"#a\": \"Amount\"}");
        assertThat(fixture.viewModel.readProblem().get()).isEqualTo(
                "The filter uses :min, which Names and values does not define: add \":min\": value to it.");

        filter("Amount > :min", "{\":min\": 1000}");
        assertThat(fixture.column("Amount")).isEmpty();
        assertThat(fixture.viewModel.placeholder().get())
                .isEqualTo("No items match: change the key condition or the filter, then Run.");
    }

    @Test
    void emptyStatesSayWhatToDo() throws Exception {
        fixture = ItemsFixture.connected();
        assertThat(fixture.viewModel.placeholder().get())
                .isEqualTo("No table selected: pick one in the list on the left.");

        String empty = TestTables.plain();
        fixture.select(empty);
        assertThat(fixture.viewModel.placeholder().get())
                .isEqualTo("Table " + empty + " is empty: New item (Ctrl+N) adds one.");
        assertThat(fixture.viewModel.count().get()).isEqualTo("0 items, all read");
    }

    @Test
    void cancelStopsTheReadAndItsAnswerNeverLands() throws Exception {
        var executor = new HeldExecutor();
        fixture = ItemsFixture.connectedWith(executor);
        executor.hold();
        FxThread.run(() -> fixture.session.selectedTable().set(orders));
        executor.release();
        assertThat(fixture.viewModel.reading().get()).isTrue();
        assertThat(fixture.viewModel.progress().get()).isEqualTo("Reading…");

        FxThread.run(fixture.viewModel::cancel);
        executor.release();

        assertThat(fixture.viewModel.reading().get()).isFalse();
        assertThat(fixture.viewModel.rows()).isEmpty();
        assertThat(fixture.viewModel.count().get()).isEqualTo("0 items, more to read");
        assertThat(fixture.viewModel.placeholder().get())
                .isEqualTo("No items found yet: Load more reads on from where the read stopped.");
        assertThat(fixture.session.errors().problems()).isEmpty();

        FxThread.run(fixture.viewModel::loadMore);
        executor.release();
        assertThat(fixture.viewModel.count().get()).isEqualTo("6 items, all read");
    }

    @Test
    void anAnswerForATableTheUserHasLeftIsDropped() throws Exception {
        var executor = new HeldExecutor();
        fixture = ItemsFixture.connectedWith(executor);
        List<String> shownPartitions = new ArrayList<>();
        FxThread.run(() -> fixture.viewModel.rows().addListener((ListChangeListener<ItemRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> shownPartitions.add(row.cell("pk").text()
                        + row.cell("Id").text()));
            }
        }));
        executor.hold();
        FxThread.run(() -> fixture.session.selectedTable().set(orders));
        executor.release();
        assertThat(executor.waiting()).as("the scan of the first table, and its recent reads, are in flight")
                .isEqualTo(2);

        FxThread.run(() -> fixture.session.selectedTable().set(messages));
        executor.release();
        executor.release();

        assertThat(fixture.viewModel.table().get().name()).isEqualTo(messages);
        assertThat(shownPartitions).containsOnly("GRP#1").hasSize(3);
        assertThat(fixture.viewModel.count().get()).isEqualTo("3 items, all read");
    }

    @Test
    void showingAnItemSelectsItsTableAndOpensItInTheEditor() throws Exception {
        fixture = ItemsFixture.connected();
        fixture.select(messages);

        FxThread.run(() -> fixture.session.navigator().showItem(orders,
                ItemsFixture.item("{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"40\"}}")));
        fixture.select(orders);

        ItemRow selected = fixture.viewModel.rowToSelect().get();
        assertThat(fixture.session.selectedTable().get()).isEqualTo(orders);
        assertThat(selected.cell("Amount").text()).isEqualTo("40");
        assertThat(fixture.viewModel.editor().title().get()).isEqualTo("1 · 40");
        assertThat(fixture.viewModel.editor().text().get()).contains("\"Amount\": {\"N\": \"40\"}");
        assertThat(FxThread.call(() -> fixture.viewModel.rows().stream().filter(selected::equals).count()))
                .isEqualTo(1);
    }

    private void query(String partition, SortOperator operator, String value, String high) throws Exception {
        FxThread.run(() -> {
            var form = fixture.viewModel.form();
            form.mode().set(ReadMode.QUERY);
            form.partitionValue().set(partition);
            form.sortOperator().set(operator);
            form.sortValue().set(value);
            form.sortHigh().set(high);
            fixture.viewModel.read();
        });
    }

    private List<String> queryAmounts(SortOperator operator, String value, String high) throws Exception {
        query("1", operator, value, high);
        return fixture.column("Amount");
    }

    private void filter(String expression, String placeholders) throws Exception {
        FxThread.run(() -> {
            var form = fixture.viewModel.form();
            form.mode().set(ReadMode.SCAN);
            form.filtered().set(true);
            form.filterByExpression().set(true);
            form.filter().set(expression);
            form.placeholders().set(placeholders);
            fixture.viewModel.read();
        });
    }
}
