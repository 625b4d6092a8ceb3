package dev.streamlab.data.code;

import dev.streamlab.data.ItemPageRequest;
import java.util.ArrayList;
import java.util.List;

/** A request as JavaScript with the AWS SDK v3's DynamoDBClient; JSON is JavaScript as it stands. */
public final class JavaScriptCode {

    private JavaScriptCode() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        return of(ReadRequest.of(request), target);
    }

    static String of(ApiRequest request, CodeTarget target) {
        String command = request.operation() + "Command";
        String config = target.endpoint()
                .map(url -> "{ endpoint: " + ApiRequest.text(url) + ", region: " + ApiRequest.text(target.region())
                        + ",\n  credentials: { accessKeyId: \"local\", secretAccessKey: \"local\" } }")
                .orElse("{ region: " + ApiRequest.text(target.region()) + " }");
        List<String> fields = new ArrayList<>();
        request.fields().forEach((name, value) -> fields.add("  " + name + ": " + value + ","));
        return "import { DynamoDBClient, " + command + " } from \"@aws-sdk/client-dynamodb\";\n\n"
                + "const client = new DynamoDBClient(" + config + ");\n"
                + (request.returnsItems() ? "const response = " : "")
                + "await client.send(new " + command + "({\n"
                + String.join("\n", fields) + "\n}));\n"
                + (request.returnsItems() ? "console.log(response.Items);\n" : "");
    }
}
