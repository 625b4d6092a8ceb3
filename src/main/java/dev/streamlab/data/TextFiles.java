package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a user's file, saying in plain words why it cannot be read. */
public final class TextFiles {

    /** Seed items files; every other kind of file names a smaller limit of its own. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** An item is at most 400 KB in DynamoDB; its JSON, with type tags and base64, a few times that. */
    public static final long ITEM_MAX_BYTES = 4L * 1024 * 1024;
    /** Table files, mapping files, scenario files: a few KB in practice. */
    public static final long SETTINGS_MAX_BYTES = 1024 * 1024;

    private TextFiles() {
    }

    /** @param what e.g. "The items file" */
    public static String read(Path file, String what) {
        return read(file, what, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads at most {@code maxBytes}: a file that is larger, or never ends (/dev/zero), is refused at once
     * instead of filling the memory.
     */
    public static String read(Path file, String what, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw new UserInputException(what + " " + file + " is a folder, not a file: name a JSON file.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new UserInputException(what + " " + file + " does not exist: check the path.", e);
        } catch (AccessDeniedException e) {
            throw new UserInputException(what + " " + file + " cannot be read: check its permissions.", e);
        } catch (IOException e) {
            throw new UserInputException(what + " " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (bytes.length > maxBytes) {
            throw new UserInputException(what + " " + file + " is larger than " + inWords(maxBytes)
                    + ", far more than such a file holds: check that it is the right file.");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // Windows editors start UTF-8 files with a byte-order mark, which JSON parsers refuse.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserInputException(what + " " + file + " is not UTF-8 text: save it as UTF-8 (JSON files are).",
                    e);
        }
    }

    private static String inWords(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
