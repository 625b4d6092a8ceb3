package dev.streamlab.data.transfer;

import dev.streamlab.model.UserInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats items are exported to and imported from. */
public enum TransferFormat {
    /** DynamoDB JSON, one {"Item": …} per line: DynamoDB's own export to S3. Lossless. */
    JSONL,
    /** A JSON array of plain-JSON items: easy to read, but sets become arrays and binary a base64 string. */
    JSON,
    /** A header of attribute names with their types, a row per item; an empty string reads back as no attribute. */
    CSV;

    public String fileExtension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param option where the name came from, e.g. "--format" */
    public static TransferFormat named(String name, String option) {
        return Arrays.stream(values()).filter(format -> format.fileExtension().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new UserInputException(option + " is \"" + name
                        + "\", which is none of jsonl, json and csv."));
    }

    /** The format given, or else the one the file's extension names. */
    public static TransferFormat of(Optional<TransferFormat> given, Path file) {
        if (given.isPresent()) {
            return given.get();
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> name.endsWith("." + format.fileExtension()))
                .findFirst()
                .orElseThrow(() -> new UserInputException("The file " + file + " does not end in .jsonl, .json or"
                        + " .csv: say which format it is with --format."));
    }
}
