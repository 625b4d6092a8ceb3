package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scan or query as the {@code aws dynamodb} command that makes the same request, one option per line, quoted
 * for a POSIX shell, placeholders in name order so the same read copies as the same text. It carries no page
 * size: the AWS CLI reads every page by itself.
 */
public final class AwsCliCommand {

    private AwsCliCommand() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        List<String> words = new ArrayList<>(List.of("aws", "dynamodb", request.isQuery() ? "query" : "scan"));
        List<String> options = new ArrayList<>();
        option(options, "--table-name", request.table());
        request.index().ifPresent(index -> option(options, "--index-name", index));
        request.keyCondition().ifPresent(condition -> option(options, "--key-condition-expression", condition));
        request.filter().ifPresent(filter -> option(options, "--filter-expression", filter));
        request.projection().ifPresent(projection -> option(options, "--projection-expression", projection));
        if (!request.expressions().names().isEmpty()) {
            option(options, "--expression-attribute-names", names(request.expressions().names()));
        }
        if (!request.expressions().values().isEmpty()) {
            option(options, "--expression-attribute-values",
                    ItemJson.writeDynamo(new TreeMap<>(request.expressions().values())));
        }
        if (request.descending()) {
            options.add("--no-scan-index-forward");
        }
        option(options, "--region", target.region());
        target.endpoint().ifPresent(url -> option(options, "--endpoint-url", url));
        return String.join(" ", words) + " \\\n    " + String.join(" \\\n    ", options);
    }

    private static void option(List<String> options, String name, String value) {
        options.add(name + " " + ShellWords.quote(value));
    }

    private static String names(Map<String, String> names) {
        ObjectNode node = Json.mapper().createObjectNode();
        new TreeMap<>(names).forEach(node::put);
        return node.toString();
    }
}
