package dev.streamlab.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the values of a scenario file from a streaming parser, so that every mistake names the file, the field
 * (e.g. {@code steps[2].put.item}), and its line and column. Each method starts at the value's first token and leaves
 * the parser at its last.
 */
final class ScenarioJson {

    /** Reads the value of one field; the parser is at its first token. */
    interface FieldReader {
        void read(String name) throws IOException;
    }

    /** Reads one element of an array; the parser is at its first token. */
    interface ElementReader {
        void read(int index) throws IOException;
    }

    private final JsonParser parser;
    private final String source;

    ScenarioJson(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** The fields of an object in file order; a name not in {@code known} is a mistake. */
    void fields(String where, List<String> known, FieldReader reader) throws IOException {
        require(parser.currentToken() == JsonToken.START_OBJECT, where, "an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!known.contains(name)) {
                throw problem(where, "has an unknown field \"" + name + "\"; the known ones are "
                        + String.join(", ", known));
            }
            parser.nextToken();
            reader.read(name);
        }
    }

    void elements(String where, ElementReader reader) throws IOException {
        require(parser.currentToken() == JsonToken.START_ARRAY, where, "an array");
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            reader.read(index);
        }
    }

    String text(String where) throws IOException {
        require(parser.currentToken() == JsonToken.VALUE_STRING, where, "a string");
        String text = parser.getText();
        if (text.isBlank()) {
            throw problem(where, "is empty; write some text");
        }
        return text;
    }

    List<String> texts(String where) throws IOException {
        List<String> texts = new ArrayList<>();
        elements(where, index -> texts.add(text(where + "[" + index + "]")));
        return texts;
    }

    /** An item, a key or expression values, in DynamoDB JSON. */
    Map<String, AttributeValue> item(String where) throws IOException {
        return ItemJson.readDynamo(parser, source + ": " + where);
    }

    /** Expression attribute names: {"#n": "Name"}. */
    Map<String, String> names(String where) throws IOException {
        require(parser.currentToken() == JsonToken.START_OBJECT, where, "an object");
        Map<String, String> names = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            names.put(name, text(where + "." + name));
        }
        return names;
    }

    /** "SOURCE: WHERE (line L, column C) WHAT." about the current token. */
    UserInputException problem(String where, String what) {
        var at = parser.currentTokenLocation();
        return new UserInputException(source + ": " + where + " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ") " + what + ".");
    }

    /** "SOURCE: SENTENCE", for a mistake found in what was read rather than at one token. */
    UserInputException mistake(String sentence) {
        return new UserInputException(source + ": " + sentence);
    }

    private void require(boolean ok, String where, String expected) throws IOException {
        if (!ok) {
            throw problem(where, "is " + written() + "; it must be " + expected);
        }
    }

    /** What the user wrote at the current token, in words. */
    private String written() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return "an object";
        }
        if (token == JsonToken.START_ARRAY) {
            return "an array";
        }
        return token == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : parser.getText();
    }
}
