package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemBrowser;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.ItemStore;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import dev.streamlab.data.code.AwsCliCommand;
import dev.streamlab.data.code.CodeLanguage;
import dev.streamlab.data.code.CodeTarget;
import dev.streamlab.data.code.WriteRequest;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The AWS CLI command copied for a read, run through StreamLab's own command line, reads the same items; the one
 * copied for a write makes the same write.
 */
class CopiedAwsCliCommandTest {

    private final TableSchemas schemas = new TableSchemas(new TableCatalog(LocalDynamo.clients().dynamo()));

    @Test
    void aCopiedQueryOnAnLsiWithASortKeyConditionReturnsTheSameItems() throws IOException {
        String table = TestTables.messages().name();
        var store = new ItemStore(LocalDynamo.clients().dynamo(), schemas);
        for (int n = 1; n <= 6; n++) {
            store.put(table, Map.of(
                    "pk", s("GRP#it's a group"), "sk", s("MSG#" + n), "created", num(Integer.toString(1000 + n)),
                    "message", s(n % 2 == 0 ? "don't $HOME \"quoted\"" : "plain")), Optional.empty(),
                    Expressions.none());
        }
        var request = new ItemPageRequest(table, Optional.of("created-index"),
                Optional.of("pk = :pk AND #c BETWEEN :from AND :to"), Optional.of("contains(#m, :q)"),
                Optional.of("pk, sk, #m, #c"),
                new Expressions(Map.of("#c", "created", "#m", "message"),
                        Map.of(":pk", s("GRP#it's a group"), ":from", num("1002"), ":to", num("1005"),
                                ":q", s("don't"))),
                true, 100, Optional.empty());
        String copied = AwsCliCommand.of(request,
                new CodeTarget(Optional.of(LocalDynamo.endpoint().toString()), "us-east-1"));

        CliRun run = runCopied(copied, "query");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Map<String, AttributeValue>> shown = new ItemBrowser(LocalDynamo.clients().dynamo(), schemas)
                .page(request).items();
        assertThat(shown).extracting(item -> item.get("sk").s()).containsExactly("MSG#4", "MSG#2");
        assertThat(items(Json.mapper().readTree(run.out()))).isEqualTo(shown);
    }

    @Test
    void aCopiedPutItemWritesTheSameItemOnlyIfNewAndTheCopiedDeleteItemDeletesIt() {
        String table = TestTables.messages().name();
        var store = new ItemStore(LocalDynamo.clients().dynamo(), schemas);
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("GRP#it's a group"));
        item.put("sk", s("MSG#1"));
        item.put("message", s("don't $HOME \"quoted\" `ls` \\n"));
        item.put("created", num("1001.5"));
        item.put("read", AttributeValue.fromBool(false));
        item.put("gone", AttributeValue.fromNul(true));
        item.put("tags", AttributeValue.fromSs(List.of("a b", "c'd")));
        item.put("meta", AttributeValue.fromM(Map.of("by", s("ann"), "to", AttributeValue.fromL(List.of(num("1"))))));
        var target = new CodeTarget(Optional.of(LocalDynamo.endpoint().toString()), "us-east-1");
        // the item editor's "Only if new": no item may have the key yet
        String put = CodeLanguage.AWS_CLI.write(WriteRequest.put(table, item,
                Optional.of("attribute_not_exists(#partitionKey)"), new Expressions(Map.of("#partitionKey", "pk"),
                        Map.of())), target);

        CliRun first = runCopied(put, "put-item");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
        assertThat(store.get(table, key)).contains(item);

        CliRun again = runCopied(put, "put-item");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("condition");

        CliRun delete = runCopied(CodeLanguage.AWS_CLI.write(WriteRequest.delete(table, key), target),
                "delete-item");
        assertThat(delete.exitCode()).as(delete.err()).isZero();
        assertThat(store.get(table, key)).isEmpty();
    }

    /** Runs a copied {@code aws dynamodb OPERATION …} command as {@code streamlab items VERB …}. */
    private static CliRun runCopied(String copied, String operation) {
        List<String> words = ShellSplit.words(copied);
        assertThat(words.subList(0, 3)).containsExactly("aws", "dynamodb", operation);
        List<String> args = new ArrayList<>(List.of("items", operation.replace("-item", "")));
        args.addAll(words.subList(3, words.size()));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<Map<String, AttributeValue>> items(JsonNode result) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        result.get("Items").forEach(item -> items.add(ItemJson.readDynamo(item.toString(), "output")));
        return items;
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue num(String number) {
        return AttributeValue.fromN(number);
    }
}
