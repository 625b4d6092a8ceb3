package dev.streamlab.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start the embedded DynamoDB Local.
 *
 * @param port    the port to listen on; 0 picks a free one
 * @param dataDir the folder that keeps tables across restarts; empty means in memory
 */
public record EmbeddedOptions(int port, Optional<Path> dataDir) {

    public static final int DEFAULT_PORT = 8000;

    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".streamlab", "data");
    }

    public static EmbeddedOptions inMemory(int port) {
        return new EmbeddedOptions(port, Optional.empty());
    }

    public static EmbeddedOptions onDisk(int port, Path dataDir) {
        return new EmbeddedOptions(port, Optional.of(dataDir));
    }

    public boolean inMemory() {
        return dataDir.isEmpty();
    }
}
