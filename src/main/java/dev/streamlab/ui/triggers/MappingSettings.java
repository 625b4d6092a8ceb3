package dev.streamlab.ui.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.trigger.mapping.EventSourceMapping;
import dev.streamlab.trigger.mapping.FunctionDefinition;
import dev.streamlab.trigger.mapping.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A loaded mapping's settings in the mapping file's own words, one per line, for its tooltip and details. */
final class MappingSettings {

    private MappingSettings() {
    }

    static String handler(FunctionDefinition function) {
        if (function.handler() instanceof Handler.Builtin builtin) {
            return Handler.BUILTIN_PREFIX + builtin.name();
        }
        var javaClass = (Handler.JavaClass) function.handler();
        return javaClass.className() + javaClass.method().map(method -> "::" + method).orElse("");
    }

    static String describe(FunctionDefinition function, EventSourceMapping mapping, Optional<String> source) {
        List<String> lines = new ArrayList<>();
        lines.add("Handler: " + handler(function));
        if (!function.environment().isEmpty()) {
            lines.add("Environment: " + function.environment().entrySet().stream()
                    .map(variable -> variable.getKey() + "=" + variable.getValue()).sorted()
                    .collect(Collectors.joining(", ")));
        }
        lines.add("TableName: " + mapping.tableName());
        lines.add("StartingPosition: " + mapping.startingPosition());
        lines.add("BatchSize: " + mapping.batchSize());
        lines.add("MaximumBatchingWindowInSeconds: " + mapping.maximumBatchingWindow().toSeconds());
        lines.add("MaximumRetryAttempts: " + mapping.maximumRetryAttempts()
                + (mapping.maximumRetryAttempts() < 0 ? " (retry until the record expires)" : ""));
        lines.add("MaximumRecordAgeInSeconds: " + mapping.maximumRecordAgeSeconds()
                + (mapping.maximumRecordAgeSeconds() < 0 ? " (no limit)" : ""));
        lines.add("BisectBatchOnFunctionError: " + mapping.bisectBatchOnFunctionError());
        lines.add("ReportBatchItemFailures: " + mapping.reportBatchItemFailures());
        lines.add("FilterCriteria: " + patterns(mapping.filterCriteria()));
        lines.add("On failure: " + mapping.onFailureDestination().map(path -> "file:" + path).orElse("none"));
        source.ifPresent(file -> lines.add("Loaded from: " + file));
        return String.join("\n", lines);
    }

    private static String patterns(JsonNode filterCriteria) {
        if (filterCriteria == null || filterCriteria.path("Filters").isEmpty()) {
            return "none (every record)";
        }
        List<String> patterns = new ArrayList<>();
        filterCriteria.path("Filters").forEach(filter -> patterns.add(filter.path("Pattern").asText()));
        return String.join(" or ", patterns);
    }
}
