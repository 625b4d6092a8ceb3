package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.streamlab.json.Json;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The seed workflow and the error contract of the command line, against a server of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {

    private static final String GROUP = "2b9aba41-d2b0-4e7c-83ae-e646efc6091e";
    private static final String ANDREW = "a727dd5e-eda5-4dda-9cd3-eaeee097c475";

    private EmbeddedDynamoDb server;

    @BeforeAll
    void seed() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        CliRun seeded = run("seed", "sample-data");
        assertThat(seeded.exitCode()).as(seeded.err()).isZero();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void tablesListShowsTheSeededTables() throws IOException {
        JsonNode listed = json(run("tables", "list"));
        assertThat(texts(listed.get("TableNames"))).contains("Orders", "cruddur-messages", "CloudAcademyLabs");
    }

    @Test
    void describeShowsKeysAndStream() throws IOException {
        JsonNode table = json(run("tables", "describe", "Orders"));
        assertThat(table.at("/key/partitionKey").asText()).isEqualTo("Id");
        assertThat(table.at("/key/sortKey").asText()).isEqualTo("Amount");
        assertThat(table.at("/stream/viewType").asText()).isEqualTo("KEYS_ONLY");
    }

    @Test
    void patternAListsAGroupsMessagesNewestFirst() throws IOException {
        JsonNode result = json(run("items", "query", "cruddur-messages", "--key-condition", "pk = :pk",
                "--values", "{\":pk\": {\"S\": \"MSG#" + GROUP + "\"}}", "--descending"));
        List<String> sortKeys = new ArrayList<>();
        result.get("Items").forEach(item -> sortKeys.add(item.at("/sk/S").asText()));
        assertThat(sortKeys).hasSize(8).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void patternBListsAUsersConversationsInPlainJson() throws IOException {
        JsonNode result = json(run("items", "query", "cruddur-messages", "--key-condition", "pk = :pk",
                "--values", "{\":pk\": \"GRP#" + ANDREW + "\"}", "--plain", "--descending"));
        assertThat(result.get("Count").asInt()).isEqualTo(2);
        assertThat(result.at("/Items/0/user_handle").asText()).isEqualTo("bayko");
    }

    @Test
    void scanWithALimitSaysWhereToContinue() throws IOException {
        JsonNode result = json(run("items", "scan", "Orders", "--limit", "3"));
        assertThat(result.get("Items")).hasSize(3);
        assertThat(result.has("LastEvaluatedKey")).isTrue();
    }

    @Test
    void putThenGetFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("order.json"),
                "{\"Id\": {\"N\": \"12345678901234567890123456789012345678\"}, \"Amount\": {\"N\": \"0.5\"},"
                        + " \"Tags\": {\"SS\": [\"rush\", \"gift\"]}}");
        assertThat(run("items", "put", "Orders", "--item", "@" + file).exitCode()).isZero();

        JsonNode item = json(run("items", "get", "Orders", "--key",
                "{\"Id\": {\"N\": \"12345678901234567890123456789012345678\"}, \"Amount\": {\"N\": \"0.5\"}}"));
        assertThat(item.at("/Id/N").asText()).isEqualTo("12345678901234567890123456789012345678");
        assertThat(texts(item.at("/Tags/SS"))).containsExactlyInAnyOrder("rush", "gift");
    }

    @Test
    void malformedJsonIsOneLineWithItsPlaceAndWritesNothing() throws IOException {
        CliRun put = run("items", "put", "Orders", "--item", "{\"Id\": {\"N\": \"77\"},\n \"Amount\": {\"N\": \"1\"}");
        assertThat(put.exitCode()).isEqualTo(1);
        assertThat(put.out()).isEmpty();
        assertThat(put.errLines()).singleElement().asString().contains("line 2");
        CliRun get = run("items", "get", "Orders", "--key", "{\"Id\": {\"N\": \"77\"}, \"Amount\": {\"N\": \"1\"}}");
        assertThat(get.errLines()).singleElement().asString().isEqualTo("Table Orders has no item with that key.");
    }

    @Test
    void aWrongTypeTagIsOneLine() {
        CliRun put = run("items", "put", "Orders", "--item", "{\"Id\": {\"STRING\": \"1\"}, \"Amount\": {\"N\": \"1\"}}");
        assertThat(put.exitCode()).isEqualTo(1);
        assertThat(put.errLines()).singleElement().asString().contains("STRING");
    }

    @Test
    void anUnknownIndexIsOneLine() {
        CliRun query = run("items", "query", "cruddur-messages", "--index", "nope", "--key-condition", "pk = :pk",
                "--values", "{\":pk\": {\"S\": \"x\"}}");
        assertThat(query.exitCode()).isEqualTo(1);
        assertThat(query.out()).as("a failed read prints no partial result").isEmpty();
        assertThat(query.errLines()).singleElement().asString()
                .isEqualTo("Table cruddur-messages has no index \"nope\": its indexes are message-group-sk-index.");
    }

    @Test
    void streamTailPrintsEachRecordAsOneJsonLine() throws IOException {
        CliRun tail = run("stream", "tail", "Orders", "CloudAcademyLabs");
        assertThat(tail.exitCode()).as(tail.err()).isZero();
        List<JsonNode> records = new ArrayList<>();
        for (String line : tail.out().strip().split("\\R")) {
            records.add(Json.mapper().readTree(line));
        }
        // Other tests may have written orders since: the seed's ten come first, in the order written.
        var orders = records.stream().filter(r -> r.get("eventSourceARN").asText().contains("table/Orders/")).toList();
        assertThat(orders.subList(0, 10)).extracting(r -> r.at("/dynamodb/Keys/Id/N").asText())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(orders).allSatisfy(r -> {
                    assertThat(r.get("eventName").asText()).isEqualTo("INSERT");
                    assertThat(r.at("/dynamodb/StreamViewType").asText()).isEqualTo("KEYS_ONLY");
                    assertThat(r.at("/dynamodb/Keys/Id/N").isMissingNode()).isFalse();
                });
        assertThat(records).filteredOn(r -> r.get("eventSourceARN").asText().contains("table/CloudAcademyLabs/"))
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(r -> assertThat(r.at("/dynamodb/NewImage/Email/S").asText()).contains("@"));
    }

    @Test
    void triggersListNamesTheFourBuiltIns() throws IOException {
        JsonNode triggers = json(CliRun.of("triggers", "list"));
        assertThat(triggers.has("builtin:email-checker")).isTrue();
        assertThat(triggers.has("builtin:key-logger")).isTrue();
        assertThat(triggers.has("builtin:reminder-projector")).isTrue();
        assertThat(triggers.has("builtin:message-group-sk-rewrite")).isTrue();
    }

    @Test
    void anInvalidMappingFileIsOneLine(@TempDir Path dir) throws IOException {
        Path mappings = Files.writeString(dir.resolve("m.json"), "{\"functions\": {\"f\": {\"Handler\":"
                + " \"builtin:key-logger\"}}, \"eventSourceMappings\": [{\"FunctionName\": \"f\", \"TableName\":"
                + " \"Orders\", \"StartingPosition\": \"LATEST\", \"BatchSize\": 20000}]}");
        CliRun run = run("triggers", "run", "--mappings", mappings.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("BatchSize 20000");
    }

    @Test
    void anInvalidTableNameIsOneLine() {
        CliRun scan = run("items", "scan", "ab");
        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.errLines()).singleElement().asString().isEqualTo("Table name \"ab\" is not valid: DynamoDB"
                + " names have 3 to 255 characters, each a letter, digit, '_', '-' or '.'.");
    }

    @Test
    void anUndefinedValueInAScanFilterPrintsNothing() {
        CliRun scan = run("items", "scan", "Orders", "--filter", "Amount > :min");
        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.out()).isEmpty();
        assertThat(scan.errLines()).singleElement().asString().startsWith("The expression uses :min");
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        CliRun scan = run("items", "scan", "Orders", "--limit", "0");
        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.out()).isEmpty();
        assertThat(scan.err()).startsWith("--limit must be 1 or more, not 0.");
    }

    @Test
    void aMissingItemFileIsNamed() {
        CliRun put = run("items", "put", "Orders", "--item", "@/no/such/order.json");
        assertThat(put.exitCode()).isEqualTo(1);
        assertThat(put.errLines()).singleElement().asString()
                .isEqualTo("The --item file /no/such/order.json does not exist: check the path.");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun get = run("items", "get", "Orders");
        assertThat(get.exitCode()).isEqualTo(2);
        assertThat(get.err()).contains("Missing required option: '--key");
    }

    @Test
    void anEndpointThatDoesNotAnswerIsReportedQuickly() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();
        CliRun list = CliRun.of("tables", "list", "--endpoint", "http://127.0.0.1:" + closedPort);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.errLines()).singleElement().asString()
                .startsWith("Nothing answers at http://127.0.0.1:" + closedPort + ":");
        assertThat(seconds).isLessThan(5);
    }

    @Test
    void aWebServerThatIsNotDynamoDbIsNamed() throws IOException {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        web.start();
        try {
            String endpoint = "http://127.0.0.1:" + web.getAddress().getPort();
            CliRun list = CliRun.of("tables", "list", "--endpoint", endpoint);
            assertThat(list.exitCode()).isEqualTo(1);
            assertThat(list.errLines()).singleElement().asString().isEqualTo(endpoint
                    + " answered HTTP 404 but not as DynamoDB: check that --endpoint points at DynamoDB Local.");
        } finally {
            web.stop(0);
        }
    }

    @Test
    void anEndpointThatAcceptsButNeverAnswersIsReportedInSeconds() throws IOException {
        try (var silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + silent.getLocalPort();
            long started = System.nanoTime();
            CliRun list = CliRun.of("tables", "list", "--endpoint", endpoint);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;

            assertThat(list.exitCode()).isEqualTo(1);
            assertThat(list.errLines()).singleElement().asString()
                    .startsWith(endpoint + " accepts connections but did not answer within 3 seconds");
            assertThat(seconds).isLessThan(10);
        }
    }

    @Test
    void droppingOnARemoteEndpointNeedsYes() {
        CliRun drop = CliRun.of("tables", "drop", "Orders", "--endpoint", "https://dynamodb.eu-west-1.amazonaws.com",
                "--region", "eu-west-1");
        assertThat(drop.exitCode()).isEqualTo(1);
        assertThat(drop.errLines()).singleElement().asString().endsWith("run again with --yes to confirm.");
    }

    @Test
    void serveOnAPortOutOfRangeIsAUsageError() {
        CliRun serve = CliRun.of("serve", "--in-memory", "--port", "70000");
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).startsWith("--port must be between 0 and 65535, not 70000.");
    }

    @Test
    void serveOnATakenPortIsOneLine() {
        CliRun serve = CliRun.of("serve", "--in-memory", "--port", Integer.toString(server.port()));
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.errLines()).singleElement().asString()
                .isEqualTo("Port " + server.port() + " on 127.0.0.1 is already in use: stop what listens there or"
                        + " choose another port with --port.");
    }

    private CliRun run(String... args) {
        String[] withEndpoint = java.util.Arrays.copyOf(args, args.length + 2);
        withEndpoint[args.length] = "--endpoint";
        withEndpoint[args.length + 1] = server.endpoint().toString();
        return CliRun.of(withEndpoint);
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
