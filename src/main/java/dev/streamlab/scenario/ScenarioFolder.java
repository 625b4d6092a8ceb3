package dev.streamlab.scenario;

import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The scenario files of a folder, such as the sample scenarios, each read and checked, for a menu to list. */
public final class ScenarioFolder {

    /** Where the workshop seeds' scenarios are, from the folder StreamLab runs in (the project's). */
    public static final Path SAMPLES = Path.of("sample-data", "scenarios");

    /** A scenario file and its title; one with a mistake is listed by its file name, saying what is wrong. */
    public record Entry(Path file, String title, Optional<String> problem) {
    }

    private ScenarioFolder() {
    }

    /** The folder's *.json files in name order; none when the folder does not exist. */
    public static List<Entry> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(ScenarioFolder::entry).toList();
        } catch (IOException e) {
            throw new UserInputException("The scenario folder " + folder + " cannot be read ("
                    + e.getClass().getSimpleName() + "): check its permissions.", e);
        }
    }

    private static Entry entry(Path file) {
        try {
            return new Entry(file, ScenarioFile.read(file).title(), Optional.empty());
        } catch (UserInputException e) {
            return new Entry(file, file.getFileName().toString(), Optional.of(e.getMessage()));
        }
    }
}
