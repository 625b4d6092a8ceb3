package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.data.ItemPageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A request as the {@code aws dynamodb} command that makes it, one option per line, quoted for a POSIX shell:
 * each API field is the option of the same name (TableName → --table-name, JSON values as JSON). A read carries
 * no page size: the AWS CLI reads every page by itself.
 */
public final class AwsCliCommand {

    private AwsCliCommand() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        return of(ReadRequest.of(request), target);
    }

    static String of(ApiRequest request, CodeTarget target) {
        List<String> options = new ArrayList<>();
        request.fields().forEach((name, value) -> options.add(option(name, value)));
        options.add("--region " + ShellWords.quote(target.region()));
        target.endpoint().ifPresent(url -> options.add("--endpoint-url " + ShellWords.quote(url)));
        return "aws dynamodb " + ApiRequest.kebab(request.operation()) + " \\\n    "
                + String.join(" \\\n    ", options);
    }

    /** A boolean field is a flag (ScanIndexForward false → --no-scan-index-forward); others take their value. */
    private static String option(String name, JsonNode value) {
        if (value.isBoolean()) {
            return (value.booleanValue() ? "--" : "--no-") + ApiRequest.kebab(name);
        }
        return "--" + ApiRequest.kebab(name) + " " + ShellWords.quote(value.isTextual() ? value.textValue()
                : value.toString());
    }
}
