package dev.streamlab.data;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates StreamLab's own files (state folders, checkpoints, traces, on-failure records) readable by their owner
 * only, whatever the umask: they hold item keys and images. Where the file system has no POSIX permissions, the
 * system's defaults apply.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    public static void createDirectories(Path dir) throws IOException {
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Appends text, creating the file (owner-only) if needed. */
    public static void append(Path file, String text) throws IOException {
        write(file, text, true);
    }

    /** Replaces the file's content, creating it (owner-only) if needed. */
    public static void replace(Path file, String text) throws IOException {
        write(file, text, false);
    }

    /**
     * Replaces a settings file whole or not at all (written beside it, then moved over it), making its folder
     * owner-only if it is new: a crash mid-write leaves the old file, never half a new one.
     */
    public static void replaceWhole(Path file, String text) throws IOException {
        if (file.getParent() != null) {
            createDirectories(file.getParent());
        }
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        replace(next, text);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Written through java.io, which an interrupt does not cut short: a checkpoint saved as the host stops (its
     * reader interrupted) must still land.
     */
    private static void write(Path file, String text, boolean append) throws IOException {
        if (POSIX && !Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                // made by another writer meanwhile, with the same permissions
            }
        }
        try (OutputStream out = new FileOutputStream(file.toFile(), append)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
