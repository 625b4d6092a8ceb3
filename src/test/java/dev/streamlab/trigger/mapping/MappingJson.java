package dev.streamlab.trigger.mapping;

import java.nio.file.Path;

/** Builds small mapping files around one function "email-checker" and one mapping on CloudAcademyLabs. */
final class MappingJson {

    static final Path BASE = Path.of("/projects/lab");

    private MappingJson() {
    }

    /** One mapping with the required properties plus {@code extra} (a comma-led JSON fragment or ""). */
    static String withMapping(String extra) {
        return withMappings("{\"FunctionName\": \"email-checker\", \"TableName\": \"CloudAcademyLabs\", "
                + "\"StartingPosition\": \"LATEST\"" + extra + "}");
    }

    static String withMappings(String mappings) {
        return "{\"functions\": {\"email-checker\": {\"Handler\": \"builtin:email-checker\"}},\n"
                + " \"eventSourceMappings\": [" + mappings + "]}";
    }

    static MappingFile parse(String json) {
        return MappingFiles.parse(json, "mappings.json", BASE);
    }

    static EventSourceMapping onlyMapping(String extra) {
        return parse(withMapping(extra)).mappings().get(0);
    }
}
