package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Reads the value after one DynamoDB JSON type tag, or one member of a set, at the parser's current token.
 * {@code tag} is the tag being read (SS when reading a member of an SS), for the wording of messages.
 */
final class DynamoScalarReader {

    private static final int SHOWN_CHARS = 40;

    private final JsonParser parser;
    private final String source;

    DynamoScalarReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    String string(String path, DynamoTag tag) throws IOException {
        require(JsonToken.VALUE_STRING, path, tag);
        return UnicodeText.require(parser.getText(), this::fail, path);
    }

    /** Keeps the text verbatim. A bare JSON number is refused, as the AWS CLI refuses it. */
    String number(String path, DynamoTag tag) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(path, "has " + tag.subject() + " written as a bare JSON number, but DynamoDB JSON writes numbers"
                    + " as strings: write \"" + parser.getText() + "\" instead of " + parser.getText());
        }
        require(JsonToken.VALUE_STRING, path, tag);
        String text = parser.getText();
        if (!DynamoNumbers.isNumber(text)) {
            throw fail(path, "has " + tag.subject() + " " + shown(text) + ", which is not a number: write it with a"
                    + " dot for decimals and no spaces or thousands separators, like \"12.5\"");
        }
        return text;
    }

    SdkBytes binary(String path, DynamoTag tag) throws IOException {
        require(JsonToken.VALUE_STRING, path, tag);
        String text = parser.getText();
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw fail(path, "has " + tag.subject() + " " + shown(text) + ", which is not valid base64: encode the"
                    + " bytes as standard base64, like \"aGVsbG8=\"");
        }
    }

    boolean bool(String path) {
        if (parser.currentToken() == JsonToken.VALUE_FALSE) {
            return false;
        }
        require(JsonToken.VALUE_TRUE, path, DynamoTag.BOOL);
        return true;
    }

    /** Fails unless the current token is {@code expected}, showing how a value of {@code tag} is written. */
    void require(JsonToken expected, String path, DynamoTag tag) {
        if (parser.currentToken() != expected) {
            throw fail(path, "has " + tag.subject() + " that is " + JsonProblems.describe(parser.currentToken())
                    + "; write it like " + tag.example());
        }
    }

    UserInputException fail(String path, String what) {
        return JsonProblems.attribute(source, path, parser.currentTokenLocation(), what);
    }

    private static String shown(String text) {
        return "\"" + (text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...") + "\"";
    }
}
