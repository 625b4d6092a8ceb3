package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a streaming reader over one JSON object, turning Jackson's failures into one-sentence user messages. */
final class JsonDocument {

    private JsonDocument() {
    }

    /** Reads the object at the parser's current token; leaves the parser at its END_OBJECT. */
    interface ObjectReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** The whole text must be exactly one JSON object. */
    static <T> T readText(String json, String source, String example, ObjectReader<T> reader) {
        try (JsonParser parser = Json.mapper().createParser(json)) {
            parser.nextToken();
            T result = readAt(parser, source, example, reader);
            if (parser.nextToken() != null) {
                throw new UserInputException(source + " goes on after its object ends, at "
                        + JsonProblems.where(parser.currentTokenLocation()) + ": give exactly one JSON object.");
            }
            return result;
        } catch (JsonProcessingException e) {
            throw JsonProblems.malformed(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser is at the object, for files that embed it in a larger document. */
    static <T> T readAt(JsonParser parser, String source, String example, ObjectReader<T> reader) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new UserInputException(source + " is empty: give a JSON object like " + example + ".");
        }
        if (token != JsonToken.START_OBJECT) {
            throw new UserInputException(source + " has " + JsonProblems.describe(token) + " at "
                    + JsonProblems.where(parser.currentTokenLocation()) + " where a JSON object belongs: write it like "
                    + example + ".");
        }
        try {
            return reader.read(parser);
        } catch (JsonProcessingException e) {
            throw JsonProblems.malformed(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
