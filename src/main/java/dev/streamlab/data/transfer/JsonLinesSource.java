package dev.streamlab.data.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB JSON lines: {"Item": {...}} per line as DynamoDB's export to S3 writes them (a bare item is taken too).
 * Blank lines are skipped.
 */
final class JsonLinesSource implements ItemSource {

    private final String file;
    private final BoundedLines lines;

    JsonLinesSource(String file, Reader in) {
        this.file = file;
        this.lines = new BoundedLines(in, ItemFiles.MAX_ITEM_CHARS);
    }

    @Override
    public Optional<SourceItem> next() throws IOException {
        while (true) {
            Optional<BoundedLines.Line> line = lines.next();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            long number = line.get().number();
            if (line.get().tooLong()) {
                return Optional.of(SourceItem.refused(number, file + " line " + number + " is longer than "
                        + ItemFiles.MAX_ITEM_CHARS / (1024 * 1024) + " M characters, far more than an item of 400 KB"
                        + " takes."));
            }
            if (!line.get().text().isBlank()) {
                return Optional.of(item(number, line.get().text()));
            }
        }
    }

    private SourceItem item(long number, String text) {
        try {
            return SourceItem.of(number, read(text));
        } catch (JsonProcessingException e) {
            return SourceItem.refused(number, file + " line " + number + " is not JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "): write one {\"Item\": {...}} per line.");
        } catch (UserInputException e) {
            return SourceItem.refused(number, ItemFiles.atLine(file, number, e));
        } catch (IOException e) {
            return SourceItem.refused(number, file + " line " + number + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /** {"Item": {...}} is read in place, so the codec's columns are the line's own; anything else as a bare item. */
    private static Map<String, AttributeValue> read(String text) throws IOException {
        try (JsonParser parser = Json.mapper().createParser(text)) {
            if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "Item".equals(parser.currentName()) && parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, AttributeValue> item = ItemJson.readDynamo(parser, "the line");
                if (parser.nextToken() == JsonToken.END_OBJECT && parser.nextToken() == null) {
                    return item;
                }
                throw new UserInputException("the line: it holds more than {\"Item\": {...}}; write one item per line.");
            }
        }
        return ItemJson.readDynamo(text, "the line");
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
