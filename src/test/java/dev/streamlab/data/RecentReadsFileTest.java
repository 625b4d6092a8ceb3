package dev.streamlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentReadsFileTest {

    @Test
    void theNewestReadComesFirstARepeatMovesUpAndOnlySoManyAreKept(@TempDir Path home) {
        var file = new RecentReadsFile(home.resolve(".streamlab/recent-reads.json"));

        for (String read : List.of("a", "b", "c", "a", "d")) {
            file.remember("local", "Orders", read(read), 3);
        }

        assertThat(file.read("local", "Orders")).containsExactly(read("d"), read("a"), read("c"));
    }

    @Test
    void eachConnectionAndTableHasItsOwnReadsAndTheFileIsTheOwnersAlone(@TempDir Path home) throws Exception {
        Path path = home.resolve(".streamlab/recent-reads.json");
        var file = new RecentReadsFile(path);

        file.remember("local", "Orders", read("scan"), 5);
        file.remember("local", "Labs", read("query"), 5);
        file.remember("prod", "Orders", read("partiql"), 5);

        var again = new RecentReadsFile(path);
        assertThat(again.read("local", "Orders")).containsExactly(read("scan"));
        assertThat(again.read("local", "Labs")).containsExactly(read("query"));
        assertThat(again.read("prod", "Orders")).containsExactly(read("partiql"));
        assertThat(again.read("prod", "Labs")).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void aBrokenFileReadsAsNoneAndTheNextReadKeptReplacesIt(@TempDir Path home) throws Exception {
        Path path = Files.writeString(home.resolve("recent-reads.json"), "{\"local\": [oops");
        var file = new RecentReadsFile(path);

        assertThat(file.read("local", "Orders")).isEmpty();
        file.remember("local", "Orders", read("scan"), 5);

        assertThat(file.read("local", "Orders")).containsExactly(read("scan"));
    }

    private static JsonNode read(String mode) {
        return Json.mapper().createObjectNode().put("mode", mode);
    }
}
