package dev.streamlab.data;

import dev.streamlab.json.RequestItemsFile;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * A sample-data folder read whole: {@code tables/*.json} (CreateTable JSON) and {@code items/*.json}
 * (BatchWriteItem request items). Reading it writes nothing.
 */
public record SeedFolder(List<CreateTableRequest> tables, Map<String, List<Map<String, AttributeValue>>> items) {

    public static SeedFolder read(Path folder) {
        if (Files.isRegularFile(folder)) {
            throw new UserInputException("The seed folder " + folder + " is a file, not a folder: give the folder that"
                    + " holds tables/ and items/, such as sample-data.");
        }
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("The seed folder " + folder
                    + " does not exist: give a folder with tables/ and items/, such as sample-data.");
        }
        List<CreateTableRequest> tables = jsonFiles(folder.resolve("tables")).stream()
                .map(CreateTableFile::read).toList();
        Map<String, List<Map<String, AttributeValue>>> items = new LinkedHashMap<>();
        for (Path file : jsonFiles(folder.resolve("items"))) {
            RequestItemsFile.read(TextFiles.read(file, "The items file"), file.toString())
                    .forEach((table, list) -> items.computeIfAbsent(table, t -> new ArrayList<>()).addAll(list));
        }
        if (tables.isEmpty() && items.isEmpty()) {
            throw new UserInputException("The seed folder " + folder
                    + " has no tables/*.json and no items/*.json: give a folder laid out like sample-data.");
        }
        return new SeedFolder(tables, items);
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException("The folder " + dir + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

}
