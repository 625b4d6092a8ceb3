package dev.streamlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.Await;
import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.trigger.trace.BatchWaiting;
import dev.streamlab.trigger.trace.FunctionLog;
import dev.streamlab.trigger.trace.Invocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The sample scenarios played against the shared DynamoDB Local, their tables renamed apart. */
class ScenarioPlayerTest {

    @TempDir
    Path folder;
    private PlayerFixture fixture;

    @BeforeEach
    void connect() throws Exception {
        fixture = new PlayerFixture(Files.createDirectories(folder.resolve("state")));
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theEmailCheckerScenarioWalksThroughTheFourCasesWithoutALoop() throws Exception {
        var copy = ScenarioCopies.of("003-email-checker.json", folder);
        String users = copy.table("CloudAcademyLabs");
        ScenarioPlayer player = fixture.player(copy.file());

        Preparation preparation = player.prepare(false);
        assertThat(preparation.tablesCreated()).containsExactly(users);
        assertThat(preparation.mappingsLoaded()).containsExactly("email-checker.json");

        player.next();
        fixture.awaitItem("ID7 flagged as a company address", users, key("ID7"), flag(false));
        Await.until("the checker's own update came back", () -> invocations().size() == 2);
        assertThat(fixture.writesOf(invocations().get(0))).hasSize(1);
        assertThat(fixture.writesOf(invocations().get(1))).as("its own MODIFY makes no write: the chain ends").isEmpty();

        player.next();
        fixture.awaitItem("ID8 flagged as personal", users, key("ID8"), flag(true));
        player.next();
        player.next();
        player.next();
        fixture.awaitItem("ID7 flagged personal after moving to outlook.com", users, key("ID7"), flag(true));
        assertThat(fixture.item(users, key("ID7")).orElseThrow())
                .containsEntry("Email", AttributeValue.fromS("jane@outlook.com"))
                .containsEntry("Name", AttributeValue.fromS("Jane Doe"));
        player.next();

        assertThat(fixture.item(users, key("ID8"))).isEmpty();
        assertThat(player.position()).isEqualTo(6);
        assertThat(player.hasNext()).isFalse();
        assertThatThrownBy(player::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReminderScenarioProjectsOnlyTheEventsWrittenAfterItsTriggerStarted() throws Exception {
        var copy = ScenarioCopies.of("000-reminder-bot.json", folder);
        String events = copy.table("events");
        String reminders = copy.table("reminders");
        ScenarioPlayer player = fixture.player(copy.file());

        Preparation preparation = player.prepare(false);
        assertThat(preparation.tablesCreated()).containsExactly(events, reminders);
        assertThat(preparation.itemsSeeded()).isEqualTo(Map.of(events, 6));
        while (player.hasNext()) {
            player.next();
        }

        String andrei = "3d6f1a2e-8c4b-4f7a-9e21-5b0c7d9e4a13";
        Await.until("Andrei's reminder moved to 19:00 and Tom's deleted", () -> scan(reminders).size() == 1
                && scan(reminders).get(0).get("timestamp").s().equals("2017-08-13T19:00:00"));
        assertThat(scan(reminders).get(0))
                .containsEntry("id", AttributeValue.fromS(andrei))
                .containsEntry("userName", AttributeValue.fromS("Andrei"))
                .containsEntry("userId", AttributeValue.fromN("93773717"))
                .containsEntry("reminderText", AttributeValue.fromS("water the plants"));
        assertThat(scan(events)).hasSize(10);
    }

    @Test
    void theCruddurScenarioMovesBothGroupRowsToTheNewMessage() throws Exception {
        var copy = ScenarioCopies.of("004-cruddur-messaging.json", folder);
        String messages = copy.table("cruddur-messages");
        ScenarioPlayer player = fixture.player(copy.file());
        player.prepare(false);

        player.next();
        player.next();
        Await.until("both rows of group 19f88297 moved to the new message", () -> groupRows(messages,
                "19f88297-e178-4a79-9311-764ef8e620c1").stream()
                .allMatch(row -> row.get("sk").s().equals("2023-03-22T10:15:00.000000+00:00")
                        && row.get("message").s().equals("Popcorn is ready. Are you on your way?")));
        assertThat(groupRows(messages, "19f88297-e178-4a79-9311-764ef8e620c1")).hasSize(2);
        while (player.hasNext()) {
            player.next();
        }
        Await.until("group 2b9aba41 moved to Andrew Brown's reply", () -> groupRows(messages,
                "2b9aba41-d2b0-4e7c-83ae-e646efc6091e").stream()
                .allMatch(row -> row.get("sk").s().equals("2023-03-22T11:02:30.000000+00:00")));
        assertThat(scan(messages)).hasSize(6 + 20 + 1);
    }

    @Test
    void theKeyLoggerScenarioLogsKeysOnlyWithNumbersAsDynamoDbKeepsThem() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        ScenarioPlayer player = fixture.player(copy.file());
        player.prepare(false);

        player.next();

        Await.until("the logger logged order 11", () -> !fixture.events(FunctionLog.class).isEmpty());
        assertThat(fixture.events(FunctionLog.class).get(0).line())
                .isEqualTo("{\"Amount\":{\"N\":\"1000\"},\"Id\":{\"N\":\"11\"}}");
    }

    @Test
    void steppingThroughHoldsEachBatchUntilTheTriggersFlowAgain() throws Exception {
        var copy = ScenarioCopies.of("003-email-checker.json", folder);
        String users = copy.table("CloudAcademyLabs");
        ScenarioPlayer player = fixture.player(copy.file());
        player.prepare(true);
        assertThat(fixture.mappings.mappings()).allMatch(runtime -> runtime.gate().paused());

        player.next();
        Await.until("ID7's INSERT waits at the checker's gate", () -> !fixture.events(BatchWaiting.class).isEmpty());
        assertThat(fixture.item(users, key("ID7")).orElseThrow()).doesNotContainKey("IsPersonalEmail");

        player.stepThroughTriggers(false);
        fixture.awaitItem("ID7 flagged once the triggers flow", users, key("ID7"), flag(false));
    }

    @Test
    void preparingAgainLeavesWhatIsInPlaceAndRestartGoesBackToTheFirstStep() throws Exception {
        var copy = ScenarioCopies.of("000-reminder-bot.json", folder);
        ScenarioPlayer player = fixture.player(copy.file());
        player.prepare(false);
        player.next();

        Preparation again = player.restart(false);

        assertThat(again.tablesCreated()).isEmpty();
        assertThat(again.itemsSeeded()).isEmpty();
        assertThat(again.mappingsLoaded()).isEmpty();
        assertThat(again.summary()).isEqualTo("tables and triggers already in place");
        assertThat(player.position()).isZero();
        assertThat(player.nextCaption(false)).hasValueSatisfying(caption -> assertThat(caption).startsWith("Andrei"));
        assertThat(fixture.mappings.mappings()).hasSize(1);
    }

    @Test
    void aMappingFileLoadedAlreadyIsNotLoadedAgainButIsPausedToStepThrough() throws Exception {
        var copy = ScenarioCopies.of("003-email-checker.json", folder);
        ScenarioPlayer player = fixture.player(copy.file());
        player.prepare(false);
        fixture.mappings.unload(fixture.mappings.sources().get(0));
        fixture.mappings.load(MappingFiles.read(folder.resolve("mappings/email-checker.json")), "by hand", false);

        Preparation preparation = player.prepare(true);

        assertThat(preparation.mappingsLoaded()).isEmpty();
        assertThat(fixture.mappings.sources()).containsExactly("by hand");
        assertThat(fixture.mappings.mappings()).extracting(MappingRuntime::status)
                .allMatch(status -> status.reason().equals(ScenarioTriggers.PAUSE_REASON));
    }

    @Test
    void aTableThereWithOtherKeysStopsPreparingBeforeAnythingIsCreated() throws Exception {
        var copy = ScenarioCopies.of("000-reminder-bot.json", folder);
        String events = copy.table("events");
        fixture.database.admin().create(dev.streamlab.data.CreateTableFile.parse("""
                {"TableName": "%s", "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
                """.formatted(events), "test"));
        ScenarioPlayer player = fixture.player(copy.file());

        assertThatThrownBy(() -> player.prepare(false))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Table " + events + " exists at " + fixture.database.profile().describe()
                        + " with key id (N), but the scenario's table file " + folder.resolve("tables/events.json")
                        + " gives it id (S): drop the table, or open a scenario written for it.");
        assertThat(fixture.database.tables().listTables()).doesNotContain(copy.table("reminders"));
        assertThat(fixture.mappings.mappings()).isEmpty();
    }

    @Test
    void aWriteDynamoDbRefusesLeavesThePositionSoNextTriesAgain() throws Exception {
        var copy = ScenarioCopies.of("002-orders-key-logger.json", folder);
        String orders = copy.table("Orders");
        ScenarioPlayer player = fixture.player(copy.file());
        player.prepare(false);
        fixture.mappings.close();
        fixture.database.admin().drop(orders, false);
        fixture.database.forget(orders);

        assertThatThrownBy(player::next)
                .isInstanceOf(UserInputException.class)
                .hasMessage("Table " + orders + " does not exist here: check the name against the list of tables.");
        assertThat(player.position()).isZero();
    }

    private List<Invocation> invocations() {
        return fixture.events(Invocation.class);
    }

    private List<Map<String, AttributeValue>> scan(String table) {
        return fixture.database.browser().page(ItemPageRequest.scan(table)).items();
    }

    private List<Map<String, AttributeValue>> groupRows(String table, String group) {
        return scan(table).stream().filter(row -> row.get("pk").s().startsWith("GRP#")
                && group.equals(row.get("message_group_uuid").s())).toList();
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("Id", AttributeValue.fromS(id));
    }

    private static java.util.function.Predicate<Optional<Map<String, AttributeValue>>> flag(boolean personal) {
        return item -> item.map(i -> i.get("IsPersonalEmail")).map(AttributeValue::bool)
                .filter(Boolean.valueOf(personal)::equals).isPresent();
    }
}
