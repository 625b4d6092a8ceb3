package dev.streamlab.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Seeds 001/004 on the cruddur-messages table: a new message moves its group's GRP# rows. */
class MessageGroupSkRewriteTest {

    private static final String BROWN = "a727dd5e-eda5-4dda-9cd3-eaeee097c475";
    private static final String BAYKO = "ceb7fb82-9e8f-40fe-b008-881c6de90171";
    private static final String LONDO = "771605fe-68ae-459e-ac1b-3925c90af5e4";
    private static final String BROWN_BAYKO = "2b9aba41-d2b0-4e7c-83ae-e646efc6091e";
    private static final String BROWN_LONDO = "19f88297-e178-4a79-9311-764ef8e620c1";
    /** The groups' last messages; one user's group rows share a pk, so their sks must differ. */
    private static final String OLD_SK = "2023-03-21T22:28:48.000000+00:00";
    private static final String LONDO_SK = "2023-03-18T15:09:37.000000+00:00";

    private final DynamoDbClient dynamo = LocalDynamo.clients().dynamo();
    private final String table = SampleTables.create("cruddur-messages");
    private final StreamTap stream = new StreamTap(table);
    private final Trigger rewrite = new MessageGroupSkRewriteFactory().create(Map.of());
    private final RecordingContext context = new RecordingContext("cruddur-messaging-stream");

    @BeforeEach
    void seedTwoGroups() throws Exception {
        groupRow(BROWN, BROWN_BAYKO, OLD_SK, BAYKO, "bayko");
        groupRow(BAYKO, BROWN_BAYKO, OLD_SK, BROWN, "andrewbrown");
        groupRow(BROWN, BROWN_LONDO, LONDO_SK, LONDO, "londo");
        groupRow(LONDO, BROWN_LONDO, LONDO_SK, BROWN, "andrewbrown");
        message(BROWN_BAYKO, OLD_SK, "Old news.");
        stream.newRecords(); // the seeding is not under test
    }

    @Test
    void aNewMessageMovesBothGroupRowsAndLeavesMessagesAlone() throws Exception {
        String newSk = "2023-03-22T08:00:00.000000+00:00";
        message(BROWN_BAYKO, newSk, "Schema is loaded.");

        rewrite.handle(stream.newEvent(), context);

        assertThat(rowsOf("GRP#" + BROWN)).extracting(row -> row.get("sk").s(), row -> row.get("message").s(),
                row -> row.get("user_handle").s())
                .containsExactly(tuple(LONDO_SK, "Last words.", "londo"), tuple(newSk, "Schema is loaded.", "bayko"));
        assertThat(rowsOf("GRP#" + BAYKO)).extracting(row -> row.get("sk").s(), row -> row.get("message").s())
                .containsExactly(tuple(newSk, "Schema is loaded."));
        assertThat(rowsOf("MSG#" + BROWN_BAYKO)).extracting(row -> row.get("message").s())
                .containsExactly("Old news.", "Schema is loaded.");
        assertThat(context.lines()).singleElement().asString().contains("moved 2 group rows");
    }

    @Test
    void removesAreSkipped() throws Exception {
        dynamo.deleteItem(delete -> delete.tableName(table)
                .key(Map.of("pk", s("MSG#" + BROWN_BAYKO), "sk", s(OLD_SK))));
        var before = dynamo.scan(scan -> scan.tableName(table)).items();

        rewrite.handle(stream.newEvent(), context);

        assertThat(dynamo.scan(scan -> scan.tableName(table)).items()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(stream.newRecords()).isEmpty();
    }

    @Test
    void everyMessageOfTheBatchCounts() throws Exception {
        message(BROWN_BAYKO, "2023-03-22T08:00:00.000000+00:00", "To bayko.");
        message(BROWN_LONDO, "2023-03-22T09:00:00.000000+00:00", "To londo.");
        var batch = stream.newEvent();
        assertThat(batch.records()).hasSize(2);

        rewrite.handle(batch, context);

        assertThat(rowsOf("GRP#" + BAYKO)).extracting(row -> row.get("message").s()).containsExactly("To bayko.");
        assertThat(rowsOf("GRP#" + LONDO)).extracting(row -> row.get("message").s()).containsExactly("To londo.");
        assertThat(rowsOf("GRP#" + BROWN)).extracting(row -> row.get("message").s())
                .containsExactly("To bayko.", "To londo.");
    }

    @Test
    void aGroupRowAlreadyAtTheNewSkIsRewrittenInPlace() throws Exception {
        message(BROWN_LONDO, LONDO_SK, "Same instant.");

        rewrite.handle(new TriggerEvent(List.of(stream.newRecords().get(0))), context);

        assertThat(rowsOf("GRP#" + LONDO)).extracting(row -> row.get("sk").s(), row -> row.get("message").s())
                .containsExactly(tuple(LONDO_SK, "Same instant."));
    }

    private void groupRow(String owner, String group, String sk, String other, String otherHandle) {
        dynamo.putItem(put -> put.tableName(table).item(Map.of("pk", s("GRP#" + owner), "sk", s(sk),
                "message_group_uuid", s(group), "message", s("Last words."), "user_uuid", s(other),
                "user_display_name", s(otherHandle), "user_handle", s(otherHandle))));
    }

    private void message(String group, String sk, String text) {
        dynamo.putItem(put -> put.tableName(table).item(Map.of("pk", s("MSG#" + group), "sk", s(sk),
                "message_uuid", s(sk + group), "message", s(text), "user_uuid", s(BROWN),
                "user_display_name", s("Andrew Brown"), "user_handle", s("andrewbrown"))));
    }

    private List<Map<String, AttributeValue>> rowsOf(String pk) {
        return dynamo.query(query -> query.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk))).consistentRead(true)).items();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
