package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** `items export` and `items import`, against a server of their own: what goes out comes back in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportImportTest {

    private static final String BIG = "12345678901234567890123456789012345678";
    private EmbeddedDynamoDb server;
    private Clients clients;
    private int tables;

    @BeforeAll
    void start() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()));
    }

    @AfterAll
    void stop() {
        clients.close();
        server.close();
    }

    @Test
    void aTableExportedToJsonLinesAndImportedIntoAnotherIsEqualItemByItem(@TempDir Path dir) throws Exception {
        String source = tableWith(everyKind());
        Path file = dir.resolve("export.jsonl");

        CliRun exported = run("items", "export", source, "--format", "jsonl", "--out", file.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo("Exported 3 items of " + source + " to " + file + " (jsonl).\n");
        assertThat(Files.readAllLines(file)).hasSize(3).allMatch(line -> line.startsWith("{\"Item\":{"));
        String target = table();
        CliRun imported = run("items", "import", target, file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Wrote 3 items to " + target + " from " + file + ".\n");
        assertThat(items(target)).isEqualTo(items(source));
    }

    @Test
    void csvKeepsSetsListsMapsBinaryAndBigNumbersThroughTypedColumns(@TempDir Path dir) throws Exception {
        String source = tableWith(everyKind());
        Path file = dir.resolve("export.csv");

        assertThat(run("items", "export", source, "--format", "csv", "--out", file.toString()).exitCode()).isZero();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("pk (S),sk (N),").contains("Tags (SS)", "Profile (M)", "Big (N)");
        String target = table();
        CliRun imported = run("items", "import", target, file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(items(target)).isEqualTo(items(source));
    }

    @Test
    void csvCannotTellAnEmptyStringFromNoAttributeAsItsReadmeSays(@TempDir Path dir) throws Exception {
        String source = tableWith(List.of(Map.of("pk", s("a"), "sk", n("1"), "Note", s(""), "Name", s("Ann"))));
        Path file = dir.resolve("export.csv");
        assertThat(run("items", "export", source, "--format", "csv", "--out", file.toString()).exitCode()).isZero();
        String target = table();

        assertThat(run("items", "import", target, file.toString()).exitCode()).isZero();

        assertThat(items(target)).containsExactly(Map.of("pk", s("a"), "sk", n("1"), "Name", s("Ann")));
    }

    @Test
    void plainJsonRoundTripsItemsItCanExpress(@TempDir Path dir) throws Exception {
        String source = tableWith(List.of(Map.of("pk", s("a"), "sk", n("1"), "Name", s("Ann"), "Big", n(BIG),
                "Tags", AttributeValue.fromL(List.of(s("x"), n("2"))), "Ok", AttributeValue.fromBool(true))));
        Path file = dir.resolve("items.json");

        assertThat(run("items", "export", source, "--format", "json", "--out", file.toString()).exitCode()).isZero();
        String target = table();
        assertThat(run("items", "import", target, file.toString()).exitCode()).isZero();

        assertThat(items(target)).isEqualTo(items(source));
    }

    @Test
    void aCsvWithABadRowWritesTheOthersAndNamesTheLine(@TempDir Path dir) throws Exception {
        String target = table();
        Path file = Files.writeString(dir.resolve("people.csv"), """
                pk (S),sk (N),Age (N)
                a,1,30
                b,2,thirty
                c,3,40
                """);

        CliRun imported = run("items", "import", target, file.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out()).isEqualTo("Wrote 2 items to " + target + " from " + file + ".\n");
        assertThat(imported.errLines()).hasSize(2);
        assertThat(imported.errLines()[0]).startsWith("people.csv line 3: ").contains("thirty");
        assertThat(imported.errLines()[1]).isEqualTo("1 item was not written.");
        assertThat(items(target)).extracting(item -> item.get("pk").s()).containsExactly("a", "c");
    }

    @Test
    void anItemWithoutTheKeyOrWithTheWrongKeyTypeIsNamedAndTheRestWritten(@TempDir Path dir) throws Exception {
        String target = table();
        Path file = Files.writeString(dir.resolve("items.jsonl"), """
                {"Item": {"pk": {"S": "a"}, "sk": {"N": "1"}}}
                {"Item": {"pk": {"S": "b"}, "sk": {"S": "one"}}}
                {"Item": {"sk": {"N": "3"}}}
                not json

                {"Item": {"pk": {"S": "e"}, "sk": {"N": "5"}, "Score": {"N": 5}}}
                {"pk": {"S": "f"}, "sk": {"N": "6"}}
                """);

        CliRun imported = run("items", "import", target, file.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out()).startsWith("Wrote 2 items");
        assertThat(imported.errLines()).hasSize(5);
        assertThat(imported.errLines()[0]).startsWith("items.jsonl line 2").contains("\"sk\"");
        assertThat(imported.errLines()[1]).startsWith("items.jsonl line 3 lacks \"pk\"");
        assertThat(imported.errLines()[2]).startsWith("items.jsonl line 4 is not JSON");
        assertThat(imported.errLines()[3]).isEqualTo("items.jsonl line 6: attribute \"Score\" has N written as a bare JSON"
                + " number, but DynamoDB JSON writes numbers as strings: write \"5\" instead of 5.");
        assertThat(imported.errLines()[4]).isEqualTo("4 items were not written.");
        assertThat(items(target)).extracting(item -> item.get("pk").s()).containsExactly("a", "f");
    }

    @Test
    void anExportWithABadFilterPrintsNothingAndLeavesNoFile(@TempDir Path dir) {
        String source = tableWith(everyKind());
        Path file = dir.resolve("out.jsonl");

        CliRun toFile = run("items", "export", source, "--format", "jsonl", "--filter", "(Name = :n",
                "--values", "{\":n\": {\"S\": \"x\"}}", "--out", file.toString());
        CliRun toStdout = run("items", "export", source, "--format", "csv", "--filter", "(Name = :n",
                "--values", "{\":n\": {\"S\": \"x\"}}");

        assertThat(toFile.exitCode()).isEqualTo(1);
        assertThat(toFile.errLines()).hasSize(1);
        assertThat(dir).isEmptyDirectory();
        assertThat(toStdout.exitCode()).isEqualTo(1);
        assertThat(toStdout.out()).isEmpty();
    }

    @Test
    void anExportToStandardOutputIsTheFileItself() {
        String source = tableWith(List.of(Map.of("pk", s("a"), "sk", n("1"))));

        CliRun exported = run("items", "export", source, "--format", "jsonl");

        assertThat(exported.out()).isEqualTo("{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}\n");
    }

    @Test
    void aMissingTableOrAnUnknownFormatIsOneSentenceAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("items.txt"), "{}");

        CliRun noTable = run("items", "import", "NoSuchTable", file.toString(), "--format", "jsonl");
        CliRun noFormat = run("items", "import", table(), file.toString());
        CliRun badFormat = run("items", "export", table(), "--format", "xml");

        assertThat(noTable.exitCode()).isEqualTo(1);
        assertThat(noTable.err()).isEqualTo("Table NoSuchTable does not exist here: check the name against the list of"
                + " tables.\n");
        assertThat(noFormat.err()).isEqualTo("The file " + file + " does not end in .jsonl, .json or .csv: say which"
                + " format it is with --format.\n");
        assertThat(badFormat.err()).isEqualTo("--format is \"xml\", which is none of jsonl, json and csv.\n");
    }

    private List<Map<String, AttributeValue>> everyKind() {
        return List.of(
                Map.of("pk", s("a"), "sk", n("1"), "Big", n(BIG), "Tags", AttributeValue.fromSs(List.of("x", "y")),
                        "Scores", AttributeValue.fromNs(List.of("1", "2.5")),
                        "Blobs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("b1"))),
                        "Raw", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255}))),
                Map.of("pk", s("b"), "sk", n("2"), "Profile", AttributeValue.fromM(Map.of("City", s("Oslo"),
                        "Zip", n("0150"))), "List", AttributeValue.fromL(List.of(s("q"), AttributeValue.fromNul(true))),
                        "Ok", AttributeValue.fromBool(false), "Name", s("Bob, \"the\" builder")),
                Map.of("pk", s("c"), "sk", n("3"), "Big", s("a string where others hold a number")));
    }

    private String tableWith(List<Map<String, AttributeValue>> items) {
        String name = table();
        items.forEach(item -> clients.dynamo().putItem(put -> put.tableName(name).item(item)));
        return name;
    }

    private String table() {
        String name = "t" + (++tables) + "_" + System.nanoTime();
        clients.dynamo().createTable(create -> create.tableName(name).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"),
                        a -> a.attributeName("sk").attributeType("N"))
                .keySchema(k -> k.attributeName("pk").keyType("HASH"), k -> k.attributeName("sk").keyType("RANGE")));
        return name;
    }

    private List<Map<String, AttributeValue>> items(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(clients.dynamo().scan(scan -> scan.tableName(table))
                .items());
        items.sort(Comparator.comparing(item -> item.get("pk").s()));
        return items;
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    private CliRun run(String... args) {
        String[] withEndpoint = Arrays.copyOf(args, args.length + 2);
        withEndpoint[args.length] = "--endpoint";
        withEndpoint[args.length + 1] = server.endpoint().toString();
        return CliRun.of(withEndpoint);
    }
}
