package dev.streamlab.data.transfer;

import dev.streamlab.data.TableSchemas;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Imports a file of items into a table: each item is checked (its JSON, the table's keys, DynamoDB's limits) before
 * it is written, good items go 25 to a BatchWriteItem, and each item that cannot be written is named by its line.
 */
public final class ItemImporter {

    private final DynamoDbClient dynamo;
    private final TableSchemas schemas;

    public ItemImporter(DynamoDbClient dynamo, TableSchemas schemas) {
        this.dynamo = dynamo;
        this.schemas = schemas;
    }

    /**
     * @param written   told the running count after each batch
     * @param cancelled asked before each item: once it says so, nothing more is written
     * @throws UserInputException before anything is written, when the table or the file cannot be used
     */
    public ImportResult importFile(String table, Path file, TransferFormat format, LongConsumer written,
            BooleanSupplier cancelled) {
        var info = schemas.of(table);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Reader in = open(file); ItemSource source = source(format, name, in)) {
            return new ImportRun(dynamo, info, name, source, written).run(cancelled);
        } catch (IOException e) {
            throw new UserInputException("The file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static Reader open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new UserInputException("The import file " + file + " is a folder, not a file: name the file.");
        }
        try {
            return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (NoSuchFileException e) {
            throw new UserInputException("The import file " + file + " does not exist: check the path.", e);
        } catch (AccessDeniedException e) {
            throw new UserInputException("The import file " + file + " cannot be read: check its permissions.", e);
        }
    }

    private static ItemSource source(TransferFormat format, String name, Reader in) throws IOException {
        return switch (format) {
            case JSONL -> new JsonLinesSource(name, in);
            case JSON -> new JsonArraySource(name, in);
            case CSV -> new CsvSource(name, in);
        };
    }
}
