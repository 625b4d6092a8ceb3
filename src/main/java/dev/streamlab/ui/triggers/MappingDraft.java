package dev.streamlab.ui.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.filter.FilterCriteria;
import dev.streamlab.trigger.host.TriggerRegistry;
import dev.streamlab.trigger.mapping.EventSourceMapping;
import dev.streamlab.trigger.mapping.Handler;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.mapping.MappingFiles;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the add-mapping form holds, as text the way a user typed it, turned into a one-mapping file's JSON and
 * checked exactly as a file is, so the form and a mapping file can never disagree on defaults or ranges.
 * Blank fields are left out, so the host's defaults apply.
 */
record MappingDraft(String functionName, String handler, String environment, String table, String startingPosition,
        String batchSize, String batchingWindow, String retryAttempts, String recordAge, boolean bisect,
        boolean reportFailures, String filterPattern, String destination) {

    /** How messages name the form's mapping. */
    static final String SOURCE = "The new mapping";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    /** The mapping file this draft makes; a number that is not one stays text, so the check names its field. */
    ObjectNode toJson() {
        ObjectNode file = Json.mapper().createObjectNode();
        ObjectNode function = file.putObject("functions").putObject(functionName.strip());
        function.put("Handler", handler.strip());
        EnvironmentText.variables(environment).ifPresent(variables ->
                function.putObject("Environment").set("Variables", variables));
        ObjectNode mapping = file.putArray("eventSourceMappings").addObject();
        mapping.put("FunctionName", functionName.strip());
        putText(mapping, "TableName", table);
        putText(mapping, "StartingPosition", startingPosition);
        putNumber(mapping, "BatchSize", batchSize);
        putNumber(mapping, "MaximumBatchingWindowInSeconds", batchingWindow);
        putNumber(mapping, "MaximumRetryAttempts", retryAttempts);
        putNumber(mapping, "MaximumRecordAgeInSeconds", recordAge);
        if (bisect) {
            mapping.put("BisectBatchOnFunctionError", true);
        }
        if (reportFailures) {
            mapping.putArray("FunctionResponseTypes").add("ReportBatchItemFailures");
        }
        if (!filterPattern.isBlank()) {
            mapping.putObject("FilterCriteria").putArray("Filters").addObject().put("Pattern", filterPattern.strip());
        }
        if (!destination.isBlank()) {
            String given = destination.strip();
            mapping.putObject("DestinationConfig").putObject("OnFailure")
                    .put("Destination", given.startsWith("file:") ? given : "file:" + given);
        }
        return file;
    }

    /**
     * Checks the draft as the host checks a mapping file, then its trigger and filter, which the host only looks
     * at when it starts.
     *
     * @throws UserInputException one sentence naming the field to fix
     */
    MappingFile check(Path baseDir, Optional<TriggerRegistry> registry) {
        if (functionName.isBlank()) {
            throw new UserInputException("Give the function a name (FunctionName), such as EmailChecker.");
        }
        if (handler.isBlank()) {
            throw new UserInputException("Pick a trigger for Handler, or give a Lambda handler class such as"
                    + " com.example.Handler::handleRequest.");
        }
        MappingFile file = MappingFiles.parse(Formats.pretty(toJson()), SOURCE, baseDir);
        EventSourceMapping mapping = file.mappings().get(0);
        String where = SOURCE + " (FunctionName " + mapping.functionName() + ")";
        if (file.functions().get(mapping.functionName()).handler() instanceof Handler.Builtin builtin) {
            registry.ifPresent(found -> found.byName(builtin.name(), where));
        }
        FilterCriteria.parse(mapping.filterCriteria(), where);
        return file;
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (!value.isBlank()) {
            node.put(name, value.strip());
        }
    }

    private static void putNumber(ObjectNode node, String name, String value) {
        String text = value.strip();
        if (WHOLE_NUMBER.matcher(text).matches()) {
            node.put(name, new BigInteger(text));
        } else {
            putText(node, name, text);
        }
    }
}
