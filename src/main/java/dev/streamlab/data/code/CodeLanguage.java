package dev.streamlab.data.code;

import dev.streamlab.data.ItemPageRequest;
import java.util.function.BiFunction;

/** What a read or a write can be copied as: the command or request that makes it elsewhere. */
public enum CodeLanguage {
    AWS_CLI("AWS CLI command", "AWS CLI", AwsCliCommand::of),
    JAVA("Java (SDK v2)", "Java SDK v2", JavaCode::of),
    PYTHON("Python (boto3)", "Python (boto3)", PythonCode::of),
    JAVASCRIPT("JavaScript (SDK v3)", "JavaScript SDK v3", JavaScriptCode::of);

    private final String label;
    private final String shortName;
    private final BiFunction<ApiRequest, CodeTarget, String> writer;

    CodeLanguage(String label, String shortName, BiFunction<ApiRequest, CodeTarget, String> writer) {
        this.label = label;
        this.shortName = shortName;
        this.writer = writer;
    }

    public String label() {
        return label;
    }

    /** A write's menu label: the AWS CLI's command name ("AWS CLI put-item"), else the SDK's ("Java SDK v2 put"). */
    public String label(WriteRequest.Kind kind) {
        return shortName + " " + (this == AWS_CLI ? ApiRequest.kebab(kind.operation()) : kind.verb());
    }

    public String write(ItemPageRequest request, CodeTarget target) {
        return writer.apply(ReadRequest.of(request), target);
    }

    public String write(WriteRequest request, CodeTarget target) {
        return writer.apply(request.api(), target);
    }
}
