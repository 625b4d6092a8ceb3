package dev.streamlab.trigger.mapping;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * DestinationConfig.OnFailure.Destination. AWS sends discarded batches to an SQS queue or SNS topic; here they go
 * to a JSON-lines file named {@code file:PATH}, relative to the mapping file so a project folder can be moved.
 */
final class DestinationConfigField {

    static final String FILE_PREFIX = "file:";

    private DestinationConfigField() {
    }

    /** The resolved path of the destination file, if the mapping names one. */
    static Optional<String> read(JsonFields mapping, Path baseDir) {
        Optional<JsonFields> onFailure = mapping.object("DestinationConfig", List.of("OnFailure"))
                .flatMap(config -> config.object("OnFailure", List.of("Destination")));
        if (onFailure.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = onFailure.get();
        String destination = fields.requiredText("Destination", "give a file such as \"file:failures.jsonl\"");
        if (destination.startsWith("arn:")) {
            throw fields.bad("Destination", fields.get("Destination").orElseThrow(), "an SQS queue or SNS topic "
                    + "exists only on AWS, so StreamLab needs a file: destination here, such as \"file:failures.jsonl\"");
        }
        String path = destination.startsWith(FILE_PREFIX) ? destination.substring(FILE_PREFIX.length()) : "";
        try {
            if (!path.isBlank()) {
                return Optional.of(baseDir.resolve(path).normalize().toString());
            }
        } catch (InvalidPathException e) {
            // fall through to the message below: the path cannot name a file on this system
        }
        throw fields.bad("Destination", fields.get("Destination").orElseThrow(),
                "StreamLab needs a file: destination such as \"file:failures.jsonl\"");
    }
}
