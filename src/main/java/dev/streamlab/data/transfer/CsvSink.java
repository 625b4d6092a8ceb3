package dev.streamlab.data.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.streamlab.json.ItemJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * CSV with a column per attribute and type, the key attributes first. The columns are known only once every item
 * was seen, so items wait in a temporary file (DynamoDB JSON lines) rather than in memory until {@link #finish()}.
 */
final class CsvSink implements ItemSink {

    private final Writer out;
    private final Path pending;
    private final BufferedWriter pendingOut;
    private final Set<CsvColumn> columns = new LinkedHashSet<>();

    /** @param keyColumns the table's key attributes with their types, which lead */
    CsvSink(Writer out, List<CsvColumn> keyColumns) throws IOException {
        this.out = out;
        this.pending = Files.createTempFile("streamlab-export", ".jsonl");
        this.pendingOut = Files.newBufferedWriter(pending, StandardCharsets.UTF_8);
        columns.addAll(keyColumns);
    }

    @Override
    public void write(Map<String, AttributeValue> item) throws IOException {
        item.forEach((name, value) -> columns.add(CsvColumn.of(name, value)));
        pendingOut.write(ItemJson.writeDynamo(item));
        pendingOut.newLine();
    }

    @Override
    public void finish() throws IOException {
        pendingOut.close();
        try (BufferedReader items = Files.newBufferedReader(pending, StandardCharsets.UTF_8);
                SequenceWriter rows = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
                        .writerFor(String[].class)
                        .with(CsvSchema.emptySchema()).writeValues(out)) {
            List<CsvColumn> order = List.copyOf(columns);
            rows.write(order.stream().map(CsvColumn::header).toArray(String[]::new));
            for (String line = items.readLine(); line != null; line = items.readLine()) {
                Map<String, AttributeValue> item = ItemJson.readDynamo(line, "the export's temporary file");
                rows.write(order.stream().map(column -> column.cell(item)).toArray(String[]::new));
            }
        } finally {
            close();
        }
        out.flush();
    }

    /** The temporary file goes, whether the export finished or not. */
    @Override
    public void close() throws IOException {
        pendingOut.close();
        Files.deleteIfExists(pending);
    }
}
