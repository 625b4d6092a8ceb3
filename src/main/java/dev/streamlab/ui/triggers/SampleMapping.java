package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.mapping.MappingFiles;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A mapping file of the sample folder, for one-click loading.
 *
 * @param summary e.g. "EmailChecker on CloudAcademyLabs"
 */
public record SampleMapping(Path file, String name, String summary) {

    /** Reads the file to say what it runs; a file that does not load still shows, and loading it says why. */
    static SampleMapping of(Path file) {
        String name = file.getFileName().toString();
        String summary;
        try {
            MappingFile read = MappingFiles.read(file);
            summary = read.mappings().stream().map(mapping -> mapping.functionName() + " on " + mapping.tableName())
                    .collect(Collectors.joining(", "));
        } catch (RuntimeException e) {
            summary = "does not load: " + e.getMessage();
        }
        return new SampleMapping(file, name, summary);
    }
}
