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

    /** The arguments DynamoDB Local's own command line takes for these options. */
    String[] serverArguments() {
        // -sharedDb: one database whatever the access key and region; -disableTelemetry: no outbound calls.
        var storage = dataDir.map(dir -> new String[] {"-dbPath", dir.toString()})
                .orElse(new String[] {"-inMemory"});
        // Its parser refuses port 0; the connector's port is set afterwards in any case.
        int placeholder = port == 0 ? DEFAULT_PORT : port;
        String[] common = {"-port", Integer.toString(placeholder), "-sharedDb", "-disableTelemetry"};
        String[] all = new String[common.length + storage.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(storage, 0, all, common.length, storage.length);
        return all;
    }
}
