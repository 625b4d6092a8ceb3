package dev.streamlab.trigger.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code functions} object: name → Handler and Environment.Variables, as AWS::Lambda::Function has them. */
final class FunctionsReader {

    /** Lambda's own rule for a function name, so a name that works here also deploys. */
    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    /** A name a shell and System.getenv can both use; Lambda rejects others too. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    private final Place filePlace;

    FunctionsReader(Place filePlace) {
        this.filePlace = filePlace;
    }

    Map<String, FunctionDefinition> read(JsonNode functions) {
        Map<String, FunctionDefinition> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : functions.properties()) {
            String name = entry.getKey();
            if (!FUNCTION_NAME.matcher(name).matches()) {
                throw filePlace.problem("has a function named \"" + name + "\"; Lambda function names are 1 to 64 "
                        + "letters, digits, dashes and underscores");
            }
            byName.put(name, function(name, entry.getValue()));
        }
        return byName;
    }

    private FunctionDefinition function(String name, JsonNode node) {
        Place place = filePlace.about("function " + name);
        if (!node.isObject()) {
            throw place.problem("is " + node + "; it must be an object with a Handler");
        }
        JsonFields fields = JsonFields.of(node, place, List.of("Handler", "Environment"));
        String handlerText = fields.requiredText("Handler",
                "give \"builtin:NAME\" or a Lambda handler class such as \"package.Class::handleRequest\"");
        Handler handler;
        try {
            handler = Handler.parse(handlerText);
        } catch (IllegalArgumentException e) {
            throw fields.bad("Handler", node.get("Handler"), e.getMessage());
        }
        return new FunctionDefinition(name, handler, environment(fields));
    }

    private static Map<String, String> environment(JsonFields fields) {
        Map<String, String> variables = new LinkedHashMap<>();
        Optional<JsonNode> given = fields.object("Environment", List.of("Variables"))
                .flatMap(environment -> environment.get("Variables"));
        if (given.isEmpty()) {
            return variables;
        }
        if (!given.get().isObject()) {
            throw fields.place().problem("has Environment.Variables " + given.get() + "; it must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> entry : given.get().properties()) {
            JsonNode value = entry.getValue();
            if (!VARIABLE_NAME.matcher(entry.getKey()).matches() || !value.isTextual()) {
                throw fields.place().problem("has Environment.Variables." + entry.getKey() + " " + value
                        + "; variables are named with letters, digits and underscores and hold strings");
            }
            variables.put(entry.getKey(), value.textValue());
        }
        return variables;
    }
}
