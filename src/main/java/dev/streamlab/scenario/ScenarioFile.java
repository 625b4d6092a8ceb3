package dev.streamlab.scenario;

import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableRequests;
import dev.streamlab.data.TextFiles;
import dev.streamlab.json.RequestItemsFile;
import dev.streamlab.model.UserInputException;
import dev.streamlab.trigger.mapping.MappingFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Loads workshop scenario files. Every mistake is found here, at load, as one sentence naming the file and the field
 * (or the table, mapping or seed file it names), so that a scenario never stops half-way through a workshop on
 * something its files said. Paths in the file are relative to the scenario file's folder.
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    public static Scenario read(Path file) {
        return parse(TextFiles.read(file, "The scenario file", TextFiles.SETTINGS_MAX_BYTES), file);
    }

    /** Checks a scenario's text as if it were {@code file}, whose folder its paths are relative to. */
    public static Scenario parse(String json, Path file) {
        String source = file.toString();
        ScenarioDraft draft = ScenarioReader.read(json, source);
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        List<TableFile> tables = new ArrayList<>();
        for (int i = 0; i < draft.tables().size(); i++) {
            Path path = existing(source, folder, "tables[" + i + "]", draft.tables().get(i), "CreateTable JSON file");
            var request = CreateTableFile.read(path);
            tables.add(new TableFile(path, request, TableRequests.toInfo(request)));
        }
        var checks = new ScenarioChecks(source, tables);
        List<MappingSource> mappings = new ArrayList<>();
        for (int i = 0; i < draft.mappings().size(); i++) {
            String field = "mappings[" + i + "]";
            Path path = existing(source, folder, field, draft.mappings().get(i), "mapping file");
            var mapping = new MappingSource(path, MappingFiles.read(path));
            checks.mapping(field, mapping, mappings);
            mappings.add(mapping);
        }
        Map<String, List<Map<String, AttributeValue>>> seed = new LinkedHashMap<>();
        for (int i = 0; i < draft.seed().size(); i++) {
            String field = "seed[" + i + "]";
            Path path = existing(source, folder, field, draft.seed().get(i), "BatchWriteItem request-items file");
            var items = RequestItemsFile.read(TextFiles.read(path, "The seed file"), path.toString());
            checks.seed(field, path, items);
            items.forEach((table, list) -> seed.computeIfAbsent(table, t -> new ArrayList<>()).addAll(list));
        }
        for (int i = 0; i < draft.steps().size(); i++) {
            checks.step("steps[" + i + "]", draft.steps().get(i));
        }
        return new Scenario(file, draft.title(), draft.description(), tables, mappings, seed, draft.stepThrough(),
                draft.steps());
    }

    private static Path existing(String source, Path folder, String field, String written, String kind) {
        Path path = folder.resolve(written).normalize();
        if (!Files.isRegularFile(path)) {
            throw new UserInputException(source + ": " + field + " names " + written + ", which is not a file ("
                    + path.toAbsolutePath() + "): give the path of a " + kind
                    + ", relative to the scenario file's folder.");
        }
        return path;
    }
}
