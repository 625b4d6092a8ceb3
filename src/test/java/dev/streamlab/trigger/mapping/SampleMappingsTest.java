package dev.streamlab.trigger.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.stream.StartingPosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The mapping files that ship in sample-data/mappings must all load: users start from them. */
class SampleMappingsTest {

    private static final Path FOLDER = Path.of("sample-data", "mappings");

    @Test
    void everySampleMappingLoads() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("email-checker.json",
                "key-logger.json", "message-group-sk-rewrite.json", "reminder-projector.json");
        for (Path file : files) {
            MappingFile read = MappingFiles.read(file);
            String builtin = file.getFileName().toString().replace(".json", "");
            assertThat(read.functions().values()).extracting(FunctionDefinition::handler)
                    .containsExactly(new Handler.Builtin(builtin));
            assertThat(read.mappings()).hasSize(1);
        }
    }

    @Test
    void sampleMappingsMatchTheSeeds() {
        EventSourceMapping keyLogger = MappingFiles.read(FOLDER.resolve("key-logger.json")).mappings().get(0);
        assertThat(keyLogger.tableName()).isEqualTo("Orders");
        assertThat(keyLogger.batchSize()).isEqualTo(1);

        MappingFile emailChecker = MappingFiles.read(FOLDER.resolve("email-checker.json"));
        assertThat(emailChecker.mappings().get(0).startingPosition()).isEqualTo(StartingPosition.TRIM_HORIZON);
        assertThat(emailChecker.mappings().get(0).filterCriteria()).isNotNull();

        assertThat(MappingFiles.read(FOLDER.resolve("reminder-projector.json")).functions()
                .get("reminder-event-processor").environment()).isEqualTo(Map.of("REMINDERS_TABLE", "reminders"));
        assertThat(MappingFiles.read(FOLDER.resolve("message-group-sk-rewrite.json")).functions()
                .get("cruddur-messaging-stream").environment())
                .isEqualTo(Map.of("TABLE_NAME", "cruddur-messages", "INDEX_NAME", "message-group-sk-index"));
    }
}
