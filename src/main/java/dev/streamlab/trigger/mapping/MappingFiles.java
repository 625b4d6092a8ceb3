package dev.streamlab.trigger.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.data.TextFiles;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads mapping files. Every mistake is found here, at load, as one sentence naming the file, the entry and the
 * property, so that the host never starts half a file and never fails later on something the file said.
 */
public final class MappingFiles {

    private static final List<String> TOP_LEVEL = List.of("functions", "eventSourceMappings");

    private MappingFiles() {
    }

    /** Reads and checks {@code file}; relative file: destinations are resolved against its folder. */
    public static MappingFile read(Path file) {
        String json = TextFiles.read(file, "The mapping file", TextFiles.SETTINGS_MAX_BYTES);
        return parse(json, file.toString(), file.toAbsolutePath().getParent());
    }

    /**
     * Checks a mapping file's text.
     *
     * @param source  the name messages start with, usually the file's path
     * @param baseDir the folder relative file: destinations are resolved against
     */
    public static MappingFile parse(String json, String source, Path baseDir) {
        Place filePlace = new Place(source, "the file");
        JsonNode root = tree(json, source);
        if (!root.isObject()) {
            throw filePlace.problem("is not a JSON object; a mapping file is {\"functions\": {...}, "
                    + "\"eventSourceMappings\": [...]}");
        }
        JsonFields.of(root, filePlace, TOP_LEVEL);
        JsonNode functions = root.get("functions");
        if (functions == null || !functions.isObject()) {
            throw filePlace.problem("has no \"functions\" object; it names each function with its Handler, "
                    + "e.g. \"functions\": {\"EmailChecker\": {\"Handler\": \"builtin:email-checker\"}}");
        }
        JsonNode mappings = root.get("eventSourceMappings");
        if (mappings == null || !mappings.isArray()) {
            throw filePlace.problem("has no \"eventSourceMappings\" array; it lists the mappings from tables to "
                    + "functions, e.g. [{\"FunctionName\": \"EmailChecker\", \"TableName\": \"CloudAcademyLabs\", "
                    + "\"StartingPosition\": \"LATEST\"}]");
        }
        Map<String, FunctionDefinition> definitions = new FunctionsReader(filePlace).read(functions);
        MappingReader reader = new MappingReader(filePlace, baseDir, definitions);
        List<EventSourceMapping> read = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            EventSourceMapping mapping = reader.read(i, mappings.get(i));
            rejectDuplicate(filePlace, read, mapping);
            read.add(mapping);
        }
        return new MappingFile(definitions, read);
    }

    private static JsonNode tree(String json, String source) {
        try {
            // a property given twice would otherwise silently keep the last value
            JsonNode root = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new UserInputException(source + " is empty; a mapping file is {\"functions\": {...}, "
                        + "\"eventSourceMappings\": [...]}.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UserInputException(source + " is not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".", e);
        }
    }

    /** AWS refuses a second mapping of the same stream to the same function, and two would double every call. */
    private static void rejectDuplicate(Place filePlace, List<EventSourceMapping> earlier, EventSourceMapping mapping) {
        for (EventSourceMapping other : earlier) {
            if (other.functionName().equals(mapping.functionName()) && other.tableName().equals(mapping.tableName())) {
                throw filePlace.about("eventSourceMappings[" + mapping.index() + "] (FunctionName "
                        + mapping.functionName() + ")").problem("maps table " + mapping.tableName()
                        + " to the same function as eventSourceMappings[" + other.index()
                        + "]; AWS allows one mapping per stream and function");
            }
        }
    }
}
