package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's promises under hostile input: every case is refused with one sentence, the right exit code and an
 * empty stdout, and the database is checked to be unchanged afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final String TABLE = """
            {"TableName": "%s",
             "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
             "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
             "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
            """;

    private EmbeddedDynamoDb server;

    @BeforeAll
    void start() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        CliRun load = run("tables", "load", write("Users", TABLE.formatted("Users")).toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"N\": \"1e400\"}", "{\"N\": \"123456789012345678901234567890123456789\"}", "DEEP"})
    void aSeedWithOneBadItemDeepInAFileWritesNothingAtAll(String badValue) throws IOException {
        String value = badValue.equals("DEEP") ? nested(33) : badValue;
        Path seed = Files.createTempDirectory("seed");
        Files.createDirectories(seed.resolve("tables"));
        Files.createDirectories(seed.resolve("items"));
        Files.writeString(seed.resolve("tables/Seeded.json"), TABLE.formatted("Seeded"));
        List<String> entries = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String extra = i == 40 ? ", \"Score\": " + value : "";
            entries.add("{\"PutRequest\": {\"Item\": {\"Id\": {\"S\": \"u" + i + "\"}" + extra + "}}}");
        }
        Files.writeString(seed.resolve("items/Seeded.json"), "{\"Seeded\": [" + String.join(",\n", entries) + "]}");

        CliRun seeded = run("seed", seed.toString());

        assertOneSentence(seeded, 1).contains("Item 40 of table Seeded").contains("Score");
        assertThat(tables()).doesNotContain("Seeded");
    }

    @Test
    void aNumberDynamoDbCannotStoreIsRefusedBeforeAPutOrAnUpdate() {
        assertOneSentence(run("items", "put", "Users", "--item", "{\"Id\": {\"S\": \"n1\"}, \"Score\": {\"N\": \"-1e400\"}}"), 1)
                .contains("\"Score\"").contains("38 significant digits");
        assertOneSentence(run("items", "update", "Users", "--key", "{\"Id\": {\"S\": \"n1\"}}", "--update",
                "SET Score = :s", "--values", "{\":s\": {\"N\": \"1e-131\"}}"), 1).contains(":s");
        assertThat(run("items", "get", "Users", "--key", "{\"Id\": {\"S\": \"n1\"}}").exitCode()).isEqualTo(1);
    }

    @Test
    void aTraceFileInAFolderThatDoesNotExistStopsTheHostAtStart(@TempDir Path dir) {
        CliRun host = run("triggers", "run", "--mappings", mapping(dir, "[" + keyLogger() + "]").toString(),
                "--state", dir.resolve("state").toString(), "--trace", dir.resolve("no/such/folder/trace.jsonl").toString());

        assertOneSentence(host, 1).startsWith("The trace file's folder " + dir.resolve("no/such/folder"));
    }

    @Test
    void aStateFolderThatIsAFileStopsTheHostAtStart(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("state"), "a file");

        CliRun host = run("triggers", "run", "--mappings", mapping(dir, "[" + keyLogger() + "]").toString(),
                "--state", file.toString());

        assertOneSentence(host, 1).isEqualTo("--state " + file + " is a file, not a folder: give a folder for the"
                + " checkpoints (default .streamlab-state).");
    }

    @Test
    void aMappingFileWithoutMappingsIsRefused(@TempDir Path dir) {
        Path empty = mapping(dir, "[]");

        assertOneSentence(run("triggers", "run", "--mappings", empty.toString(), "--state", dir.toString()), 1)
                .startsWith(empty + " has no mappings in \"eventSourceMappings\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0"})
    void aLoopLimitBelowOneIsAUsageError(String limit, @TempDir Path dir) {
        CliRun host = run("triggers", "run", "--mappings", mapping(dir, "[" + keyLogger() + "]").toString(),
                "--state", dir.toString(), "--loop-limit", limit);

        assertThat(host.exitCode()).isEqualTo(2);
        assertThat(host.out()).isEmpty();
        assertThat(host.err()).startsWith("--loop-limit must be 1 or more, not " + limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan|--filter|(Email = :e|--values|{\":e\": {\"S\": \"x\"}}",
        "query|--key-condition|Id = :id AND|--values|{\":id\": {\"S\": \"x\"}}",
        "query|--key-condition|Email = :id|--values|{\":id\": {\"S\": \"x\"}}",
        "query|--key-condition|Id = :id|--values|{\":id\": {\"N\": \"1\"}}",
        "query|--key-condition|Id > :id|--values|{\":id\": {\"S\": \"x\"}}",
        "query|--key-condition|begins_with(Id, :id)|--values|{\":id\": {\"S\": \"x\"}}"})
    void aReadDynamoDbRefusesPrintsNothingOnStdout(String arguments) {
        List<String> args = new ArrayList<>(List.of("items"));
        String[] parts = arguments.split("\\|");
        args.add(parts[0]);
        args.add("Users");
        args.addAll(List.of(parts).subList(1, parts.length));

        assertOneSentence(run(args.toArray(String[]::new)), 1);
    }

    @Test
    void streamTailChecksEveryTableBeforePrintingAnyRecord() {
        assertThat(run("items", "put", "Users", "--item", "{\"Id\": {\"S\": \"tail\"}}").exitCode()).isZero();

        assertOneSentence(run("stream", "tail", "Users", "NoSuchTable"), 1).startsWith("Table NoSuchTable");
    }

    @Test
    void aTableFileWithTextAfterItsJsonCreatesNoTable(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.json"), TABLE.formatted("Trailing") + " garbage");

        assertOneSentence(run("tables", "load", file.toString()), 1).startsWith("The table file " + file);
        assertThat(tables()).doesNotContain("Trailing");
    }

    @Test
    void aNumberWrittenAsABareJsonNumberIsRefusedLikeAStringWouldBe() {
        assertOneSentence(run("items", "put", "Users", "--item", "{\"Id\": {\"S\": \"bare\"}, \"Age\": {\"N\": 5}}"), 1)
                .contains("bare JSON number").endsWith("write \"5\" instead of 5.");
        assertThat(run("items", "get", "Users", "--key", "{\"Id\": {\"S\": \"bare\"}}").exitCode()).isEqualTo(1);
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfStoredAsAQuestionMark() {
        assertOneSentence(run("items", "put", "Users", "--item", "{\"Id\": {\"S\": \"QA15\\ud800\"}}"), 1)
                .contains("lone surrogate \\ud800");
        assertOneSentence(run("items", "put", "Users", "--item", "{\"Id\": \"x\", \"N\\udc00ame\": \"y\"}", "--plain"), 1)
                .contains("lone surrogate \\udc00");
    }

    @Test
    void endlessAndHugeFilesAreRefusedAtOnce(@TempDir Path dir) throws IOException {
        assertOneSentence(run("tables", "load", "/dev/zero"), 1).contains("is larger than 1 MB");
        assertOneSentence(run("items", "put", "Users", "--item", "@/dev/zero"), 1).contains("is larger than 4 MB");
    }

    @Test
    void aFileThatIsNotUtf8SaysSo(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("item.json");
        Files.write(latin1, "{\"Id\": {\"S\": \"café\"}}".getBytes(StandardCharsets.ISO_8859_1));

        assertOneSentence(run("items", "put", "Users", "--item", "@" + latin1), 1)
                .isEqualTo("The --item file " + latin1 + " is not UTF-8 text: save it as UTF-8 (JSON files are).");
    }

    @Test
    void aFieldOfTheWrongKindInATableFileIsNamedInTheFilesWords(@TempDir Path dir) throws IOException {
        Path keySchema = Files.writeString(dir.resolve("k.json"), "{\"TableName\": \"Shape1\", \"KeySchema\": \"Id\","
                + " \"AttributeDefinitions\": [{\"AttributeName\": \"Id\", \"AttributeType\": \"S\"}]}");
        Path streamEnabled = Files.writeString(dir.resolve("s.json"), TABLE.formatted("Shape2")
                .replace("\"StreamEnabled\": true", "\"StreamEnabled\": \"yes\""));

        assertOneSentence(run("tables", "load", keySchema.toString()), 1)
                .contains("KeySchema must be a list, like [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]")
                .doesNotContain("java.").doesNotContain("Builder");
        assertOneSentence(run("tables", "load", streamEnabled.toString()), 1)
                .contains("StreamSpecification.StreamEnabled must be true or false");
        assertThat(tables()).doesNotContain("Shape1", "Shape2");
    }

    @Test
    void aFileWhereAFolderBelongsIsCalledAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertOneSentence(run("seed", file.toString()), 1).contains("is a file, not a folder");
        assertOneSentence(CliRun.of("triggers", "list", "--plugins", file.toString()), 1)
                .contains("is a file, not a folder");
    }

    @Test
    void anAtSignWithoutAFileNameSaysSo() {
        assertOneSentence(run("items", "put", "Users", "--item", "@"), 1)
                .isEqualTo("--item @ names no file: write the path right after the @, e.g. --item @item.json.");
    }

    @Test
    void aMappingFileThatDoesNotExistSaysSoOnce() {
        assertOneSentence(run("triggers", "run", "--mappings", "nope.json"), 1)
                .isEqualTo("The mapping file nope.json does not exist: check the path.");
    }

    @Test
    void placeholdersWithoutTheirMarkAreNamedAsSuch() {
        assertOneSentence(run("items", "scan", "Users", "--filter", "#x = :y", "--names", "{\"x\": \"y\"}",
                "--values", "{\":y\": {\"S\": \"v\"}}"), 1).contains("a name placeholder starts with #");
        assertOneSentence(run("items", "scan", "Users", "--filter", "Email = :v", "--values",
                "{\"v\": {\"S\": \"v\"}}"), 1).contains("a value placeholder starts with a colon");
    }

    @Test
    void everyAwsHostNeedsYesToDropOverHttpToo() {
        for (String endpoint : List.of("http://dynamodb.us-east-1.api.aws", "http://dynamodb.us-east-1.amazonaws.com",
                "https://dynamodb-fips.us-gov-west-1.amazonaws.com", "http://dynamodb.cn-north-1.amazonaws.com.cn",
                "https://vpce-0abc-1234.dynamodb.eu-west-1.vpce.amazonaws.com")) {
            CliRun drop = CliRun.of("tables", "drop", "Users", "--endpoint", endpoint, "--region", "us-east-1");
            assertOneSentence(drop, 1).as(endpoint).endsWith("run again with --yes to confirm.");
        }
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertOneSentence(CliRun run, int exitCode) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).as("stdout stays empty on an error").isEmpty();
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        return assertThat(run.errLines()[0]);
    }

    private List<String> tables() {
        try {
            JsonNode listed = Json.mapper().readTree(run("tables", "list").out());
            List<String> names = new ArrayList<>();
            listed.get("TableNames").forEach(name -> names.add(name.asText()));
            return names;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String nested(int depth) {
        return IntStream.range(0, depth).mapToObj(i -> "{\"M\": {\"a\": ").collect(Collectors.joining())
                + "{\"S\": \"deep\"}" + "}}".repeat(depth);
    }

    private static String keyLogger() {
        return "{\"FunctionName\": \"Log\", \"TableName\": \"Users\", \"StartingPosition\": \"LATEST\"}";
    }

    private static Path mapping(Path dir, String mappings) {
        try {
            return Files.writeString(dir.resolve("mappings.json"), "{\"functions\": {\"Log\": {\"Handler\":"
                    + " \"builtin:key-logger\"}}, \"eventSourceMappings\": " + mappings + "}");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path write(String name, String json) {
        try {
            return Files.writeString(Files.createTempDirectory("table").resolve(name + ".json"), json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private CliRun run(String... args) {
        String[] withEndpoint = java.util.Arrays.copyOf(args, args.length + 2);
        withEndpoint[args.length] = "--endpoint";
        withEndpoint[args.length + 1] = server.endpoint().toString();
        return CliRun.of(withEndpoint);
    }
}
