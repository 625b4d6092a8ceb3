package dev.streamlab.trigger.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.data.OwnerOnlyFiles;
import dev.streamlab.json.Json;
import dev.streamlab.stream.CheckpointStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One mapping's checkpoints in a JSON file of the state folder ({"shardId": "sequence number"}), written
 * whole to a temporary file and moved into place, so a crash never leaves half a file.
 */
public final class FileCheckpoints implements CheckpointStore {

    private final Path file;
    private final Map<String, String> sequenceNumbers = new ConcurrentHashMap<>();

    public FileCheckpoints(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                Json.mapper().readTree(file.toFile()).fields()
                        .forEachRemaining(entry -> sequenceNumbers.put(entry.getKey(), entry.getValue().asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("The checkpoint file " + file + " cannot be read", e);
            }
        }
    }

    @Override
    public Optional<String> get(String shardId) {
        return Optional.ofNullable(sequenceNumbers.get(shardId));
    }

    @Override
    public synchronized void save(String shardId, String sequenceNumber) {
        sequenceNumbers.put(shardId, sequenceNumber);
        ObjectNode json = Json.mapper().createObjectNode();
        sequenceNumbers.forEach(json::put);
        try {
            OwnerOnlyFiles.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            OwnerOnlyFiles.replace(temp, json.toString());
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint file " + file + " cannot be written", e);
        }
    }
}
