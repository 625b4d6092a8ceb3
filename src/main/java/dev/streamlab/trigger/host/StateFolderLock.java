package dev.streamlab.trigger.host;

import dev.streamlab.data.OwnerOnlyFiles;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One process per state folder: two hosts on one folder would each run every trigger and write the same
 * checkpoints. An OS file lock on {@value #FILE} holds the folder; the OS releases it when the process ends, even
 * by kill -9. Hosts in one process (the window's mapping files) share it.
 */
public final class StateFolderLock implements AutoCloseable {

    static final String FILE = ".streamlab.lock";
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path folder;
    private boolean closed;

    private StateFolderLock(Path folder) {
        this.folder = folder;
    }

    /** @throws UserInputException when another process holds the folder, naming that process */
    public static StateFolderLock acquire(Path stateDir) {
        Path folder = stateDir.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(folder);
            if (held == null) {
                held = Held.take(folder);
                HELD.put(folder, held);
            }
            held.users++;
        }
        return new StateFolderLock(folder);
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(folder);
            if (held != null && --held.users == 0) {
                HELD.remove(folder);
                held.release();
            }
        }
    }

    private static final class Held {
        private final FileChannel channel;
        private final FileLock lock;
        private int users;

        private Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static Held take(Path folder) {
            Path file = folder.resolve(FILE);
            try {
                OwnerOnlyFiles.createDirectories(folder);
                if (!Files.exists(file)) {
                    OwnerOnlyFiles.append(file, "");
                }
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
                    channel.close();
                    throw new UserInputException("The state folder " + folder + " is in use by another StreamLab ("
                            + (holder.isEmpty() ? "another process" : holder) + "): stop it first, or give this one a"
                            + " folder of its own with --state.");
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started "
                        + Instant.now()).getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
                return new Held(channel, lock);
            } catch (IOException e) {
                throw new UncheckedIOException("The state folder " + folder + " cannot be locked", e);
            }
        }

        void release() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the OS releases the lock with the channel anyway
            }
        }
    }
}
