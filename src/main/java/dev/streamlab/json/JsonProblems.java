package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.model.UserInputException;

/** Builds the one-sentence messages for JSON the user got wrong: what, where (source, line, column, path), what to do. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** Jackson could not tokenize the text at all. */
    static UserInputException malformed(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String at = location == null ? "" : " at " + where(location);
        return new UserInputException(source + " is not valid JSON" + at + " (" + tidy(e.getOriginalMessage())
                + "): fix the JSON and try again.", e);
    }

    /** A problem with one attribute; {@code what} continues the sentence, e.g. "has N \"x\", which is not ...". */
    static UserInputException attribute(String source, String path, JsonLocation location, String what) {
        return new UserInputException(source + ": attribute \"" + path + "\" at " + where(location) + " " + what
                + (what.endsWith(".") ? "" : "."));
    }

    static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What the user wrote, in words, for "is an array, but ..." messages. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            case FIELD_NAME -> "a field name";
            default -> "an embedded value";
        };
    }

    /** Jackson's reason, first line only, without character codes, feature hints or source descriptions. */
    private static String tidy(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline))
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
    }
}
