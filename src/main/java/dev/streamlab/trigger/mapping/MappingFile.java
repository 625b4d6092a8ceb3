package dev.streamlab.trigger.mapping;

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
}
