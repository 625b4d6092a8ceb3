package dev.streamlab.json;

import java.util.Arrays;
import java.util.Optional;

/** The type tags of DynamoDB JSON, each with an example of a well-formed value for error messages. */
enum DynamoTag {
    S("{\"S\": \"text\"}"),
    N("{\"N\": \"12.5\"}"),
    B("{\"B\": \"aGVsbG8=\"}"),
    BOOL("{\"BOOL\": true}"),
    NULL("{\"NULL\": true}"),
    M("{\"M\": {\"name\": {\"S\": \"text\"}}}"),
    L("{\"L\": [{\"S\": \"text\"}]}"),
    SS("{\"SS\": [\"a\", \"b\"]}"),
    NS("{\"NS\": [\"1\", \"2.5\"]}"),
    BS("{\"BS\": [\"aGVsbG8=\"]}");

    static final String ALL = "S, N, B, BOOL, NULL, M, L, SS, NS, BS";

    private final String example;

    DynamoTag(String example) {
        this.example = example;
    }

    String example() {
        return example;
    }

    /** How messages name a value of this tag: "N" for a value, "an NS member" for one member of a set. */
    String subject() {
        return switch (this) {
            case SS, NS -> "an " + name() + " member";
            case BS -> "a BS member";
            default -> name();
        };
    }

    /** Exact match only: DynamoDB rejects "s" or "String". */
    static Optional<DynamoTag> find(String name) {
        return Arrays.stream(values()).filter(tag -> tag.name().equals(name)).findFirst();
    }
}
