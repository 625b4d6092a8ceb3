package dev.streamlab.ui.triggers;

import static dev.streamlab.ui.triggers.TriggerFixtures.labsTable;
import static dev.streamlab.ui.triggers.TriggerFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.trigger.mapping.EventSourceMapping;
import dev.streamlab.trigger.mapping.Handler;
import dev.streamlab.trigger.mapping.MappingFile;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The add-mapping form: checked as a mapping file is, saved as one, started. */
class MappingFormViewModelTest {

    @TempDir
    Path folder;
    private Session session;
    private TriggersViewModel viewModel;
    private MappingFormViewModel form;

    @BeforeEach
    void connect() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new TriggersViewModel(session, folder.resolve("no-samples")));
        form = FxThread.call(viewModel::newForm);
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void anEmptyFormSaysWhatToFillInFirst() throws Exception {
        assertThat(onFx(() -> form.problem().get()))
                .isEqualTo("Give the function a name (FunctionName), such as EmailChecker.");
        FxThread.run(() -> form.handler().set("builtin:email-checker"));
        assertThat(onFx(() -> form.functionName().get())).as("named after the trigger").isEqualTo("email-checker");
        assertThat(onFx(() -> form.problem().get())).contains("has neither TableName nor EventSourceArn");
    }

    @Test
    void anOutOfRangeBatchSizeIsOneSentenceNamingTheField() throws Exception {
        fillIn("CloudAcademyLabs");
        assertThat(onFx(() -> form.problem().get())).isEmpty();

        FxThread.run(() -> form.batchSize().set("20000"));

        assertThat(onFx(() -> form.problem().get())).isEqualTo("The new mapping: eventSourceMappings[0]"
                + " (FunctionName EmailChecker) has BatchSize 20000; DynamoDB streams allow 1 to 10000.");
        FxThread.run(() -> form.batchSize().set("many"));
        assertThat(onFx(() -> form.problem().get())).contains("BatchSize \"many\"", "1 to 10000");
        FxThread.run(() -> form.batchSize().set(""));
        assertThat(onFx(() -> form.problem().get())).as("blank takes the default").isEmpty();
    }

    @Test
    void aBrokenFilterPatternOrUnknownTriggerIsNamedBeforeAnythingStarts() throws Exception {
        fillIn("CloudAcademyLabs");
        FxThread.run(() -> form.filterPattern().set("{\"eventName\": \"INSERT\"}"));
        assertThat(onFx(() -> form.problem().get())).startsWith("The new mapping (FunctionName EmailChecker)")
                .contains("eventName");

        FxThread.run(() -> {
            form.filterPattern().set("");
            form.handler().set("builtin:no-such-trigger");
        });
        assertThat(onFx(() -> form.problem().get())).contains("builtin:no-such-trigger", "does not exist",
                "builtin:email-checker");
    }

    @Test
    void saveAsWritesAMappingFileThatLoads() throws Exception {
        fillIn("CloudAcademyLabs");
        FxThread.run(() -> {
            form.batchSize().set("25");
            form.retryAttempts().set("2");
            form.reportFailures().set(true);
            form.filterPattern().set("{\"eventName\": [\"INSERT\", \"MODIFY\"]}");
            form.destination().set(folder.resolve("failures.jsonl").toString());
        });
        Path file = folder.resolve("checker.json");

        FxThread.run(() -> form.saveAs(file));

        MappingFile saved = MappingFiles.read(file);
        EventSourceMapping mapping = saved.mappings().get(0);
        assertThat(mapping.functionName()).isEqualTo("EmailChecker");
        assertThat(mapping.tableName()).isEqualTo("CloudAcademyLabs");
        assertThat(mapping.batchSize()).isEqualTo(25);
        assertThat(mapping.maximumRetryAttempts()).isEqualTo(2);
        assertThat(mapping.maximumRecordAgeSeconds()).as("left blank: the default").isEqualTo(-1);
        assertThat(mapping.reportBatchItemFailures()).isTrue();
        assertThat(mapping.onFailureDestination()).contains(folder.resolve("failures.jsonl").toString());
        assertThat(saved.functions().get("EmailChecker").handler()).isEqualTo(new Handler.Builtin("email-checker"));
        assertThat(saved.functions().get("EmailChecker").environment())
                .isEqualTo(Map.of("TABLE_NAME", "CloudAcademyLabs", "PERSONAL_DOMAINS", "gmail.com,example.org"));
        assertThat(session.errors().problems()).isEmpty();
    }

    @Test
    void nothingIsWrittenWhileTheFormHasAProblem() throws Exception {
        fillIn("CloudAcademyLabs");
        FxThread.run(() -> form.environment().set("TABLE_NAME"));
        Path file = folder.resolve("checker.json");

        FxThread.run(() -> form.saveAs(file));

        assertThat(file).doesNotExist();
        assertThat(session.errors().problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("Environment line 1 \"TABLE_NAME\" is not NAME=value, such as TABLE_NAME=CloudAcademyLabs."));
    }

    @Test
    void addStartsTheMapping() throws Exception {
        String table = labsTable();
        fillIn(table);
        FxThread.run(() -> viewModel.startPaused().set(true));

        FxThread.run(form::add);

        assertThat(onFx(() -> form.added().get())).isTrue();
        MappingRow row = onFx(() -> viewModel.mappings().rows().get(0));
        assertThat(row.functionName()).isEqualTo("EmailChecker");
        assertThat(row.table()).isEqualTo(table);
        assertThat(row.paused()).isTrue();
        assertThat(row.sourceName()).isEqualTo("form: EmailChecker");
        assertThat(Files.list(folder)).as("adding writes no file").isEmpty();
    }

    private void fillIn(String table) throws Exception {
        FxThread.run(() -> {
            form.handler().set("builtin:email-checker");
            form.functionName().set("EmailChecker");
            form.environment().set("TABLE_NAME=" + table + "\n\nPERSONAL_DOMAINS = gmail.com,example.org\n");
            form.table().set(table);
            form.startingPosition().set("TRIM_HORIZON");
        });
    }
}
