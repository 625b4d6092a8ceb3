package dev.streamlab.data.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * CSV as {@link CsvSink} writes it: a header of "Name (TYPE)" columns (a plain "Name" is a string column), then an
 * item per row; an empty cell is no attribute.
 */
final class CsvSource implements ItemSource {

    private final String file;
    private final MappingIterator<String[]> rows;
    private List<CsvColumn> columns;
    private long rowStart;

    CsvSource(String file, Reader in) throws IOException {
        this.file = file;
        this.rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class).readValues(in);
    }

    @Override
    public Optional<SourceItem> next() throws IOException {
        try {
            if (columns == null) {
                if (!rows.hasNext()) {
                    return Optional.empty();
                }
                columns = Arrays.stream(stripBom(rows.next())).map(CsvColumn::parse).toList();
                rowStart = rows.getCurrentLocation().getLineNr();
            }
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            long line = rowStart;
            String[] cells = rows.next();
            // Once a row is read the parser stands where the next one starts (a quoted cell may span lines).
            rowStart = rows.getCurrentLocation().getLineNr();
            return Optional.of(item(line, cells));
        } catch (RuntimeException e) {
            // MappingIterator wraps what the parser says of text that is not CSV.
            Throwable cause = e.getCause() instanceof JsonProcessingException json ? json : e;
            throw new UserInputException(file + " is not CSV that can be read (" + cause.getMessage()
                    .lines().findFirst().orElse("") + ").", e);
        }
    }

    private SourceItem item(long line, String[] cells) {
        if (cells.length > columns.size()) {
            return SourceItem.refused(line, file + " line " + line + " has " + cells.length + " cells, but the header"
                    + " names " + columns.size() + " columns.");
        }
        Map<String, AttributeValue> item = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            CsvColumn column = columns.get(i);
            try {
                Optional<AttributeValue> value = column.value(cells[i]);
                if (value.isPresent() && item.put(column.attribute(), value.get()) != null) {
                    return SourceItem.refused(line, file + " line " + line + " has \"" + column.attribute()
                            + "\" in two columns: leave all but one of them empty.");
                }
            } catch (UserInputException e) {
                return SourceItem.refused(line, ItemFiles.atLine(file, line, e));
            }
        }
        return SourceItem.of(line, item);
    }

    private static String[] stripBom(String[] header) {
        if (header.length > 0 && header[0].startsWith("\uFEFF")) {
            header[0] = header[0].substring(1);
        }
        return header;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
