package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code FilterCriteria} of an event-source mapping, {@code {"Filters": [{"Pattern": "<json>"}, ...]}}, with
 * Lambda's semantics: a record reaches the function if any filter's pattern matches it; with no filters every
 * record does. Patterns are checked when the mapping loads, so a broken one is reported instead of dropping
 * records.
 *
 * <p>Patterns match the record exactly as Lambda hands it to the function (see
 * {@link dev.streamlab.stream.LambdaEventJson}), so DynamoDB type wrappers are part of the path:
 * {@code {"dynamodb": {"NewImage": {"Email": {"S": [{"prefix": "a"}]}}}}}. Numeric matching applies to JSON
 * numbers only ({@code dynamodb.SizeBytes}, {@code dynamodb.ApproximateCreationDateTime}); DynamoDB "N" attribute
 * values are strings, and Lambda documents that numeric filters do not work on them.
 */
public final class FilterCriteria {

    /** Lambda's default quota of filters per event-source mapping. */
    static final int MAX_FILTERS = 5;

    private static final FilterCriteria NONE = new FilterCriteria(List.of());

    private final List<ObjectMatch> patterns;

    private FilterCriteria(List<ObjectMatch> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** No filtering: every record passes. */
    public static FilterCriteria none() {
        return NONE;
    }

    /**
     * Reads a mapping's {@code FilterCriteria} object; a missing or null one means no filtering.
     *
     * @param where names the mapping in messages, e.g. "mapping 2 (FunctionName email-checker)"
     * @throws UserInputException naming the filter and the field inside its pattern that is wrong
     */
    public static FilterCriteria parse(JsonNode filterCriteria, String where) {
        if (filterCriteria == null || filterCriteria.isMissingNode() || filterCriteria.isNull()) {
            return none();
        }
        JsonNode filters = filterCriteria.path("Filters");
        if (!filterCriteria.isObject() || !(filters.isArray() || filters.isMissingNode() || filters.isNull())) {
            throw new UserInputException(where + ": FilterCriteria must look like {\"Filters\": [{\"Pattern\": \""
                    + escaped(PatternParser.EXAMPLE) + "\"}]}; write it in that shape.");
        }
        if (filters.size() > MAX_FILTERS) {
            throw new UserInputException(where + ": FilterCriteria has " + filters.size() + " filters but Lambda"
                    + " allows at most " + MAX_FILTERS + "; merge some of them with \"$or\" or list more allowed"
                    + " values in one pattern.");
        }
        List<ObjectMatch> patterns = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            patterns.add(pattern(filters.get(i), FilterPath.root(where, i + 1)));
        }
        return patterns.isEmpty() ? none() : new FilterCriteria(patterns);
    }

    private static ObjectMatch pattern(JsonNode filter, FilterPath path) {
        JsonNode pattern = filter.path("Pattern");
        if (pattern.isTextual()) {
            return PatternParser.parse(pattern.textValue(), path);
        }
        if (pattern.isMissingNode() || pattern.isNull()) {
            throw path.error("is missing; give the filter one, such as {\"Pattern\": \""
                    + escaped(PatternParser.EXAMPLE) + "\"}, or remove the empty entry.");
        }
        throw path.error("is " + pattern + " but must be the pattern written as a JSON string, such as \""
                + escaped(pattern.toString()) + "\".");
    }

    private static String escaped(String json) {
        return json.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Whether the record, in Lambda's event shape, passes: any filter matching suffices. */
    public boolean matches(JsonNode record) {
        return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.matches(record));
    }
}
