package dev.streamlab.data.code;

import dev.streamlab.data.ItemPageRequest;
import java.util.function.BiFunction;

/** What a read can be copied as: the command or request that makes the same read elsewhere. */
public enum CodeLanguage {
    AWS_CLI("AWS CLI command", AwsCliCommand::of),
    JAVA("Java (SDK v2)", JavaCode::of),
    PYTHON("Python (boto3)", PythonCode::of),
    JAVASCRIPT("JavaScript (SDK v3)", JavaScriptCode::of);

    private final String label;
    private final BiFunction<ItemPageRequest, CodeTarget, String> writer;

    CodeLanguage(String label, BiFunction<ItemPageRequest, CodeTarget, String> writer) {
        this.label = label;
        this.writer = writer;
    }

    public String label() {
        return label;
    }

    public String write(ItemPageRequest request, CodeTarget target) {
        return writer.apply(request, target);
    }
}
