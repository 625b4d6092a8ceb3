package dev.streamlab.cli;

import dev.streamlab.data.OwnerOnlyFiles;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a trigger host keeps, checked before it starts: a host that cannot save its place must not run. */
final class HostFiles {

    private HostFiles() {
    }

    static void requireStateFolder(Path state) {
        if (Files.exists(state) && !Files.isDirectory(state)) {
            throw new UserInputException("--state " + state + " is a file, not a folder: give a folder for the"
                    + " checkpoints (default .streamlab-state).");
        }
        try {
            OwnerOnlyFiles.createDirectories(state);
        } catch (IOException e) {
            throw new UserInputException("The state folder " + state + " cannot be created (" + e.getMessage()
                    + "): choose another with --state.", e);
        }
        if (!Files.isWritable(state)) {
            throw new UserInputException("The state folder " + state + " is not writable: check its permissions, or"
                    + " choose another with --state.");
        }
    }
}
