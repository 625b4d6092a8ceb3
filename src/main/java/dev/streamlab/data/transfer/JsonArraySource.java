package dev.streamlab.data.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * A JSON array of plain-JSON items, read element by element. An element that is not an item is reported and
 * skipped; text that is not JSON ends the reading there, and says so.
 */
final class JsonArraySource implements ItemSource {

    private final String file;
    private final JsonParser parser;
    private boolean started;
    private boolean ended;

    JsonArraySource(String file, Reader in) throws IOException {
        this.file = file;
        this.parser = Json.mapper().createParser(in);
    }

    @Override
    public Optional<SourceItem> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        long line = parser.currentLocation().getLineNr();
        try {
            if (!started) {
                started = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    return end(line, file + " does not start with [: a JSON import is an array of items in plain"
                            + " JSON, e.g. [{\"Id\": 1}]; use --format jsonl for DynamoDB JSON lines.");
                }
            }
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.END_ARRAY || token == null) {
                ended = true;
                return Optional.empty();
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return Optional.of(SourceItem.refused(line, file + " line " + line + ": the array holds "
                        + parser.currentToken().asString() + " where an item (a JSON object) belongs."));
            }
            // Read whole first: an element the codec refuses is then skipped, and the array followed on.
            String element = parser.readValueAsTree().toString();
            try {
                return Optional.of(SourceItem.of(line, ItemJson.readPlain(element, file)));
            } catch (UserInputException e) {
                return Optional.of(SourceItem.refused(line, ItemFiles.atLine(file, line, e)));
            }
        } catch (JsonProcessingException e) {
            return end(line, file + " line " + e.getLocation().getLineNr() + " is not JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); the rest of the file was not read.");
        }
    }

    private Optional<SourceItem> end(long line, String problem) {
        ended = true;
        return Optional.of(SourceItem.refused(line, problem));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
