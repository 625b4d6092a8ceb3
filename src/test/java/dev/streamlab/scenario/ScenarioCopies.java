package dev.streamlab.scenario;

import dev.streamlab.testing.LocalDynamo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sample scenario copied into a folder with the sample data it names, each of its tables renamed to a name no
 * other test uses, so that it can play on the shared DynamoDB Local.
 */
public final class ScenarioCopies {

    private static final Path SAMPLE_DATA = Path.of("sample-data");
    private static final List<String> FOLDERS = List.of("tables", "mappings", "items", "scenarios");

    /** The copy's file, and the unique name of each of the scenario's tables. */
    public record Copy(Path file, Map<String, String> tables) {
        public String table(String sampleName) {
            return tables.get(sampleName);
        }
    }

    private ScenarioCopies() {
    }

    /** @param name the sample's file name in sample-data/scenarios, e.g. "003-email-checker.json" */
    public static Copy of(String name, Path folder) throws IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        ScenarioFile.read(ScenarioFolder.SAMPLES.resolve(name)).tables()
                .forEach(table -> tables.put(table.name(), LocalDynamo.uniqueTableName(table.name())));
        for (String sub : FOLDERS) {
            Files.createDirectories(folder.resolve(sub));
            try (Stream<Path> files = Files.list(SAMPLE_DATA.resolve(sub))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Files.writeString(folder.resolve(sub).resolve(file.getFileName()),
                            renamed(Files.readString(file), tables));
                }
            }
        }
        return new Copy(folder.resolve("scenarios").resolve(name), tables);
    }

    /** Every JSON string that is exactly a table's name: TableName, a step's table, a seed file's key, env values. */
    private static String renamed(String json, Map<String, String> tables) {
        String text = json;
        for (var table : tables.entrySet()) {
            text = text.replace("\"" + table.getKey() + "\"", "\"" + table.getValue() + "\"");
        }
        return text;
    }
}
