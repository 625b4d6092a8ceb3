package dev.streamlab.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Seed 003's four cases on a CloudAcademyLabs-shaped table; "no write" means the stream shows no new record. */
class EmailCheckerTest {

    private final DynamoDbClient dynamo = LocalDynamo.clients().dynamo();
    private final Trigger checker = new EmailCheckerFactory().create(Map.of());
    private final RecordingContext context = new RecordingContext("EmailChecker");

    private String table(String streamViewType) {
        return TestTables.create("labs", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "BillingMode": "PAY_PER_REQUEST",
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "%s"}}
                """.formatted(streamViewType)).name();
    }

    @Test
    void insertsAreInitialisedByTheWholeDomainAndTheirOwnWritesComeBackAsNoOps() throws Exception {
        String table = table("NEW_AND_OLD_IMAGES");
        var stream = new StreamTap(table);
        putUser(table, "ID1", "john@example.com");
        putUser(table, "ID2", "john@gmail.com");
        putUser(table, "ID3", "x@notgmail.com");
        putUser(table, "ID4", "Ann@HotMail.com");

        checker.handle(stream.newEvent(), context);

        assertThat(flag(table, "ID1")).isFalse();
        assertThat(flag(table, "ID2")).isTrue();
        assertThat(flag(table, "ID3")).isFalse();
        assertThat(flag(table, "ID4")).isTrue();
        var ownWrites = stream.newRecords();
        assertThat(ownWrites).hasSize(4).allSatisfy(record -> assertThat(record.eventName()).isEqualTo("MODIFY"));

        checker.handle(new TriggerEvent(ownWrites), context);

        assertThat(stream.newRecords()).isEmpty();
    }

    @Test
    void anInsertThatAlreadyCarriesTheRightFlagIsNotWritten() throws Exception {
        String table = table("NEW_AND_OLD_IMAGES");
        var stream = new StreamTap(table);
        dynamo.putItem(put -> put.tableName(table).item(Map.of("Id", s("ID1"), "Email", s("john@gmail.com"),
                "IsPersonalEmail", AttributeValue.fromBool(true))));

        checker.handle(stream.newEvent(), context);

        assertThat(stream.newRecords()).isEmpty();
    }

    @Test
    void modifiesWriteOnlyWhenTheFlagMustChange() throws Exception {
        String table = table("NEW_AND_OLD_IMAGES");
        var stream = new StreamTap(table);
        putUser(table, "ID1", "john@example.com");
        putUser(table, "ID2", "john@gmail.com");
        checker.handle(stream.newEvent(), context);
        checker.handle(stream.newEvent(), context); // the two initialising writes, fed back
        assertThat(stream.newRecords()).isEmpty();

        // Case 2: modified, Email unchanged.
        set(table, "ID1", "Name", "John");
        checker.handle(stream.newEvent(), context);
        assertThat(stream.newRecords()).isEmpty();

        // Case 3: Email changed, personal to personal.
        set(table, "ID2", "Email", "john@outlook.com");
        checker.handle(stream.newEvent(), context);
        assertThat(stream.newRecords()).isEmpty();
        assertThat(flag(table, "ID2")).isTrue();

        // Case 4: Email changed and the flag must follow.
        set(table, "ID1", "Email", "john@gmail.com");
        checker.handle(stream.newEvent(), context);
        assertThat(flag(table, "ID1")).isTrue();
        var ownWrite = stream.newEvent();
        assertThat(ownWrite.records()).singleElement().satisfies(record -> assertThat(record.oldImage().orElseThrow()
                .get("IsPersonalEmail")).isEqualTo(AttributeValue.fromBool(false)));
        checker.handle(ownWrite, context);
        assertThat(stream.newRecords()).isEmpty();
    }

    @Test
    void removesAreIgnored() throws Exception {
        String table = table("NEW_AND_OLD_IMAGES");
        var stream = new StreamTap(table);
        putUser(table, "ID1", "john@gmail.com");
        dynamo.deleteItem(delete -> delete.tableName(table).key(Map.of("Id", s("ID1"))));
        var records = stream.newRecords();
        var remove = records.get(records.size() - 1);
        assertThat(remove.eventName()).isEqualTo("REMOVE");

        checker.handle(new TriggerEvent(List.of(remove)), context);

        assertThat(stream.newRecords()).isEmpty();
        assertThat(dynamo.getItem(get -> get.tableName(table).key(Map.of("Id", s("ID1")))).hasItem()).isFalse();
        assertThat(context.lines()).isEmpty();
    }

    @Test
    void onANewImageStreamTheCurrentFlagDecidesAndConfiguredDomainsCount() throws Exception {
        String table = table("NEW_IMAGE");
        var stream = new StreamTap(table);
        var companyMail = new EmailCheckerFactory().create(Map.of("PERSONAL_DOMAINS", "example.com, proton.me"));
        putUser(table, "ID1", "john@example.com");
        companyMail.handle(stream.newEvent(), context);
        assertThat(flag(table, "ID1")).isTrue();

        companyMail.handle(stream.newEvent(), context);
        assertThat(stream.newRecords()).isEmpty();

        set(table, "ID1", "Email", "john@gmail.com");
        companyMail.handle(stream.newEvent(), context);
        assertThat(flag(table, "ID1")).isFalse();
    }

    private void putUser(String table, String id, String email) {
        dynamo.putItem(put -> put.tableName(table).item(Map.of("Id", s(id), "Email", s(email))));
    }

    private void set(String table, String id, String attribute, String value) {
        dynamo.updateItem(update -> update.tableName(table).key(Map.of("Id", s(id)))
                .updateExpression("SET #a = :v").expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", s(value))));
    }

    private Boolean flag(String table, String id) {
        var item = dynamo.getItem(get -> get.tableName(table).key(Map.of("Id", s(id))).consistentRead(true)).item();
        assertThat(item).containsKey("IsPersonalEmail");
        return item.get("IsPersonalEmail").bool();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
