package dev.streamlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every scenario shipped in sample-data/scenarios loads and validates, and there is one per seed scenario. */
class SampleScenariosTest {

    @Test
    void everySampleScenarioLoadsWithoutAMistake() {
        List<ScenarioFolder.Entry> samples = ScenarioFolder.list(ScenarioFolder.SAMPLES);

        assertThat(samples).extracting(ScenarioFolder.Entry::problem).containsOnly(Optional.empty());
        assertThat(samples).extracting(entry -> entry.file().getFileName().toString())
                .contains("000-reminder-bot.json", "002-orders-key-logger.json", "003-email-checker.json",
                        "004-cruddur-messaging.json");
    }

    @Test
    void theSamplesUseTheSeedsTablesAndTriggers() {
        Scenario reminders = ScenarioFile.read(ScenarioFolder.SAMPLES.resolve("000-reminder-bot.json"));
        Scenario emails = ScenarioFile.read(ScenarioFolder.SAMPLES.resolve("003-email-checker.json"));

        assertThat(reminders.tables()).extracting(TableFile::name).containsExactly("events", "reminders");
        assertThat(reminders.mappings()).extracting(MappingSource::path)
                .containsExactly(Path.of("sample-data", "mappings", "reminder-projector.json"));
        assertThat(reminders.seed()).containsOnlyKeys("events");
        assertThat(reminders.seed().get("events")).hasSize(6);
        assertThat(emails.stepThrough()).isEqualTo(StepThrough.SUGGESTED);
        assertThat(emails.offersStepping()).isTrue();
        assertThat(emails.functionNames()).containsExactly("EmailChecker");
    }
}
