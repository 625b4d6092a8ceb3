package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a user's file, saying in plain words why it cannot be read. */
public final class TextFiles {

    private TextFiles() {
    }

    /** @param what e.g. "The table file" */
    public static String read(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new UserInputException(what + " " + file + " is a folder, not a file: name a JSON file.");
        }
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException(what + " " + file + " does not exist: check the path.", e);
        } catch (IOException e) {
            throw new UserInputException(what + " " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "): check its permissions.", e);
        }
    }
}
