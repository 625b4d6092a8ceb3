package dev.streamlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.model.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Seeds the real sample-data folder, on a server of its own since its table names are fixed. */
class SeederTest {

    static final Path SAMPLE_DATA = Path.of("sample-data");

    private EmbeddedDynamoDb server;
    private Clients clients;
    private Seeder seeder;
    private TableCatalog catalog;

    @BeforeEach
    void start() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()));
        seeder = new Seeder(clients.dynamo(), new TableAdmin(clients.dynamo(), clients.profile()));
        catalog = new TableCatalog(clients.dynamo());
    }

    @AfterEach
    void stop() {
        clients.close();
        server.close();
    }

    @Test
    void seedsEveryTableAndItemOfTheSampleData() {
        var report = seeder.seed(SAMPLE_DATA);

        assertThat(report.created()).containsExactlyInAnyOrder("CloudAcademyLabs", "Orders", "cruddur-messages",
                "events", "reminders");
        assertThat(catalog.describe("Orders").stream()).hasValueSatisfying(
                stream -> assertThat(stream.viewType()).isEqualTo("KEYS_ONLY"));
        assertThat(catalog.describe("CloudAcademyLabs").stream()).hasValueSatisfying(
                stream -> assertThat(stream.viewType()).isEqualTo("NEW_AND_OLD_IMAGES"));
        assertThat(catalog.describe("reminders").globalIndexes()).hasSize(2);
        report.itemsWritten().forEach((table, count) ->
                assertThat(clients.dynamo().scan(r -> r.tableName(table)).count()).as(table).isEqualTo(count));
        assertThat(report.itemsWritten().get("cruddur-messages")).isGreaterThan(BatchLoader.MAX_PER_REQUEST);
    }

    @Test
    void seedingTwiceKeepsTheTablesAndRewritesTheSameItems() {
        var first = seeder.seed(SAMPLE_DATA);
        var second = seeder.seed(SAMPLE_DATA);

        assertThat(second.created()).isEmpty();
        assertThat(second.existing()).containsExactlyInAnyOrderElementsOf(first.created());
        assertThat(clients.dynamo().scan(r -> r.tableName("Orders")).count())
                .isEqualTo(first.itemsWritten().get("Orders"));
    }

    @Test
    void anItemWithAWrongKeyTypeWritesNothingAtAll(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("tables"));
        Files.createDirectories(folder.resolve("items"));
        Files.copy(SAMPLE_DATA.resolve("tables/Orders.json"), folder.resolve("tables/Orders.json"));
        Files.writeString(folder.resolve("items/orders.json"), """
                {"Orders": [
                  {"PutRequest": {"Item": {"Id": {"N": "1"}, "Amount": {"N": "10"}}}},
                  {"PutRequest": {"Item": {"Id": {"S": "two"}, "Amount": {"N": "20"}}}}
                ]}""");

        assertThatThrownBy(() -> seeder.seed(folder))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Item 2 of table Orders gives \"Id\" as S, but table Orders declares it N (a number):"
                        + " write it as {\"N\": ...}.");
        assertThat(catalog.listTables()).isEmpty();
    }

    @Test
    void twoItemsWithOneKeyWriteNothing(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("tables"));
        Files.createDirectories(folder.resolve("items"));
        Files.copy(SAMPLE_DATA.resolve("tables/Orders.json"), folder.resolve("tables/Orders.json"));
        Files.writeString(folder.resolve("items/orders.json"), """
                {"Orders": [
                  {"PutRequest": {"Item": {"Id": {"N": "1"}, "Amount": {"N": "10"}, "Customer": {"S": "Ann"}}}},
                  {"PutRequest": {"Item": {"Id": {"N": "2"}, "Amount": {"N": "10"}}}},
                  {"PutRequest": {"Item": {"Id": {"N": "1"}, "Amount": {"N": "10.0"}, "Customer": {"S": "Bob"}}}}
                ]}""");

        assertThatThrownBy(() -> seeder.seed(folder))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Item 3 of table Orders has the same key as item 1, so one would silently replace the"
                        + " other: give each item its own key.");
        assertThat(catalog.listTables()).isEmpty();
    }

    @Test
    void itemsForAnUnknownTableAreRefused(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("items"));
        Files.writeString(folder.resolve("items/x.json"),
                "{\"Nowhere\": [{\"PutRequest\": {\"Item\": {\"id\": {\"S\": \"1\"}}}}]}");
        assertThatThrownBy(() -> seeder.seed(folder))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("The seed items name table Nowhere, which neither exists nor has a file");
    }

    @Test
    void aWriteOnlyTheServerCouldRefuseSaysExactlyWhatWasWrittenAndWhatWasNot() {
        var refusingSecondBatch = new RefusingBatch(clients.dynamo(), 2);
        var faulty = new Seeder(refusingSecondBatch, new TableAdmin(refusingSecondBatch, clients.profile()));

        assertThatThrownBy(() -> faulty.seed(SAMPLE_DATA))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("Before it stopped, the seed created tables CloudAcademyLabs, Orders,"
                        + " cruddur-messages, events, reminders, wrote items 1 to 6 of 6 of table CloudAcademyLabs;"
                        + " nothing else was written.");
        assertThat(clients.dynamo().scan(r -> r.tableName("CloudAcademyLabs")).count()).isEqualTo(6);
        assertThat(clients.dynamo().scan(r -> r.tableName("Orders")).count()).isZero();
    }

    /** The real client, except that its n-th BatchWriteItem fails as only a server can make it fail. */
    private static final class RefusingBatch implements DynamoDbClient {
        private final DynamoDbClient real;
        private final int refused;
        private int calls;

        RefusingBatch(DynamoDbClient real, int refused) {
            this.real = real;
            this.refused = refused;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(
                BatchWriteItemRequest request) {
            if (++calls == refused) {
                throw DynamoDbException.builder()
                        .message("Throughput exceeds the current capacity").statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("ValidationException").errorMessage("Throughput exceeds the current capacity")
                                .build()).build();
            }
            return real.batchWriteItem(request);
        }

        @Override
        public CreateTableResponse createTable(
                CreateTableRequest request) {
            return real.createTable(request);
        }

        @Override
        public DescribeTableResponse describeTable(
                DescribeTableRequest request) {
            return real.describeTable(request);
        }

        @Override
        public DescribeTimeToLiveResponse describeTimeToLive(
                DescribeTimeToLiveRequest request) {
            return real.describeTimeToLive(request);
        }

        @Override
        public ListTablesResponse listTables(
                ListTablesRequest request) {
            return real.listTables(request);
        }

        @Override
        public DynamoDbWaiter waiter() {
            return real.waiter();
        }

        @Override
        public String serviceName() {
            return real.serviceName();
        }

        @Override
        public void close() {
        }
    }
}
