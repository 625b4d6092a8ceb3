package dev.streamlab.data.transfer;

import dev.streamlab.model.UserInputException;
import java.util.regex.Pattern;

/** What the import sources share: the size of one item's text, and the codec's messages fitted to a file's line. */
final class ItemFiles {

    /** An item is at most 400 KB; its JSON, with type tags and base64, a few times that. */
    static final int MAX_ITEM_CHARS = 4 * 1024 * 1024;

    private static final Pattern POSITION = Pattern.compile(" at line \\d+, column \\d+");

    private ItemFiles() {
    }

    /**
     * The codec's sentence about one item's text (line 1 of that text) as a sentence about the file's line:
     * "orders.jsonl line 12: attribute …".
     */
    static String atLine(String file, long line, UserInputException e) {
        String message = e.getMessage();
        int detail = message.indexOf(": ");
        String reason = detail < 0 ? message : message.substring(detail + 2);
        return file + " line " + line + ": " + POSITION.matcher(reason).replaceFirst("");
    }
}
