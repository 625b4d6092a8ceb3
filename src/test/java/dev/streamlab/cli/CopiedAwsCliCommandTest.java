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
import dev.streamlab.data.code.CodeTarget;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The AWS CLI command copied for a read, run through StreamLab's own command line, reads the same items. */
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

        List<String> words = ShellSplit.words(copied);
        assertThat(words.subList(0, 3)).containsExactly("aws", "dynamodb", "query");
        List<String> args = new ArrayList<>(List.of("items", "query"));
        args.addAll(words.subList(3, words.size()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Map<String, AttributeValue>> shown = new ItemBrowser(LocalDynamo.clients().dynamo(), schemas)
                .page(request).items();
        assertThat(shown).extracting(item -> item.get("sk").s()).containsExactly("MSG#4", "MSG#2");
        assertThat(items(Json.mapper().readTree(run.out()))).isEqualTo(shown);
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
