package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.streamlab.data.ItemPageRequest;
import java.util.ArrayList;
import java.util.List;

/** A scan or query as JavaScript with the AWS SDK v3's DynamoDBClient; JSON is JavaScript as it stands. */
public final class JavaScriptCode {

    private JavaScriptCode() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        String command = ReadRequest.operation(request) + "Command";
        String config = target.endpoint()
                .map(url -> "{ endpoint: " + text(url) + ", region: " + text(target.region())
                        + ",\n  credentials: { accessKeyId: \"local\", secretAccessKey: \"local\" } }")
                .orElse("{ region: " + text(target.region()) + " }");
        List<String> fields = new ArrayList<>();
        ReadRequest.fields(request).forEach((name, value) -> fields.add("  " + name + ": " + value + ","));
        return "import { DynamoDBClient, " + command + " } from \"@aws-sdk/client-dynamodb\";\n\n"
                + "const client = new DynamoDBClient(" + config + ");\n"
                + "const response = await client.send(new " + command + "({\n"
                + String.join("\n", fields) + "\n}));\n"
                + "console.log(response.Items);\n";
    }

    private static String text(String value) {
        return TextNode.valueOf(value).toString();
    }
}
