package dev.streamlab.trigger.mapping;

import dev.streamlab.model.UserInputException;
import java.util.List;
import java.util.Map;

/**
 * A loaded mapping file: the functions it defines, by name, and its event source mappings in file order.
 * Everything in it has been validated, so the host can run it without checking again.
 */
public record MappingFile(Map<String, FunctionDefinition> functions, List<EventSourceMapping> mappings) {

    public MappingFile {
        functions = Map.copyOf(functions);
        mappings = List.copyOf(mappings);
    }

    /** A file without mappings would run nothing, forever: refused where a host is about to run it. */
    public MappingFile requireMappings(String source) {
        if (mappings.isEmpty()) {
            throw new UserInputException(source + " has no mappings in \"eventSourceMappings\", so it would run nothing:"
                    + " add one, e.g. {\"FunctionName\": \"" + functions.keySet().stream().findFirst().orElse("MyFunction")
                    + "\", \"TableName\": \"Orders\", \"StartingPosition\": \"LATEST\"}.");
        }
        return this;
    }
}
