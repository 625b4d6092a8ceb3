package dev.streamlab.builtins;

import dev.streamlab.testing.TestTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seeds' own tables from sample-data/tables, created under unique names. */
final class SampleTables {

    private SampleTables() {
    }

    static String create(String seedTable) {
        try {
            String json = Files.readString(Path.of("sample-data", "tables", seedTable + ".json"));
            return TestTables.create(seedTable, json.replace("\"TableName\": \"" + seedTable + "\"",
                    "\"TableName\": \"$TABLE\"")).name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
