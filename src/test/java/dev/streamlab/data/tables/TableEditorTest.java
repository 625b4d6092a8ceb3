package dev.streamlab.data.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Creating tables from a form's draft and changing their streams and TTL, against DynamoDB Local. */
class TableEditorTest {

    private final TableCatalog catalog = new TableCatalog(LocalDynamo.clients().dynamo());
    private final TableAdmin admin = new TableAdmin(LocalDynamo.clients().dynamo(), LocalDynamo.profile());
    private final TableEditor editor = new TableEditor(LocalDynamo.clients().dynamo(), admin, catalog);

    @Test
    void aDraftWithAGlobalAndALocalIndexAStreamAndTtlMakesThatTable() {
        String name = LocalDynamo.uniqueTableName("form");
        TableDraft draft = new TableDraft(name, new KeyDraft("pk", "S"), Optional.of(new KeyDraft("sk", "N")),
                List.of(new IndexDraft(false, "ByEmail", new KeyDraft("Email", "S"), new KeyDraft("", "S"), "INCLUDE",
                                List.of("Name")),
                        new IndexDraft(true, "ByCreated", new KeyDraft("", "S"), new KeyDraft("Created", "N"),
                                "KEYS_ONLY", List.of())),
                Optional.empty(), Optional.of("NEW_AND_OLD_IMAGES"), Optional.of("ExpiresAt"));

        TableInfo made = editor.create(draft);

        assertThat(made.key()).isEqualTo(new TableInfo.KeySchema("pk", Optional.of("sk")));
        assertThat(made.globalIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo("ByEmail");
            assertThat(index.key()).isEqualTo(new TableInfo.KeySchema("Email", Optional.empty()));
            assertThat(index.projection()).startsWith("INCLUDE");
        });
        assertThat(made.localIndexes()).singleElement().satisfies(index ->
                assertThat(index.key()).isEqualTo(new TableInfo.KeySchema("pk", Optional.of("Created"))));
        assertThat(made.attributeTypes()).containsEntry("Created", "N").containsEntry("Email", "S");
        assertThat(made.stream()).hasValueSatisfying(stream -> assertThat(stream.viewType())
                .isEqualTo("NEW_AND_OLD_IMAGES"));
        assertThat(made.ttlAttribute()).contains("ExpiresAt");
    }

    @Test
    void eachMistakeInADraftIsOneSentenceAndCreatesNothing() {
        String name = LocalDynamo.uniqueTableName("bad");
        var noKey = new TableDraft(name, new KeyDraft(" ", "S"), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        var localWithoutSortKey = new TableDraft(name, new KeyDraft("pk", "S"), Optional.empty(),
                List.of(new IndexDraft(true, "ByDate", new KeyDraft("", "S"), new KeyDraft("Date", "S"), "ALL",
                        List.of())), Optional.empty(), Optional.empty(), Optional.empty());
        var twoTypes = new TableDraft(name, new KeyDraft("pk", "S"), Optional.empty(),
                List.of(new IndexDraft(false, "ByPk", new KeyDraft("pk", "N"), new KeyDraft("", "S"), "ALL",
                        List.of())), Optional.empty(), Optional.empty(), Optional.empty());
        var includeNothing = new TableDraft(name, new KeyDraft("pk", "S"), Optional.empty(),
                List.of(new IndexDraft(false, "ByEmail", new KeyDraft("Email", "S"), new KeyDraft("", "S"), "INCLUDE",
                        List.of())), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> editor.create(noKey)).isInstanceOf(UserInputException.class)
                .hasMessage("The table has no partition key: name one, e.g. Id.");
        assertThatThrownBy(() -> editor.create(localWithoutSortKey)).hasMessage("Local index \"ByDate\" needs the"
                + " table to have a sort key: give the table one, or make the index global.");
        assertThatThrownBy(() -> editor.create(twoTypes)).hasMessage("Attribute \"pk\" is S in one key but N in the"
                + " key of index ByPk: give it one type everywhere.");
        assertThatThrownBy(() -> editor.create(includeNothing)).hasMessageStartingWith("Index \"ByEmail\" projects"
                + " INCLUDE but names no attributes");
        assertThat(catalog.listTables()).doesNotContain(name);
    }

    @Test
    void theStreamsViewTypeChangesByTurningItOffAndOnAndCanBeTurnedOff() {
        String name = simpleTable(Optional.of("KEYS_ONLY"));
        String firstArn = catalog.describe(name).stream().orElseThrow().arn();

        TableInfo changed = editor.setStream(name, Optional.of("NEW_IMAGE"));

        assertThat(changed.stream()).hasValueSatisfying(stream -> {
            assertThat(stream.viewType()).isEqualTo("NEW_IMAGE");
            assertThat(stream.arn()).isNotEqualTo(firstArn);
        });
        assertThat(editor.setStream(name, Optional.empty()).stream()).isEmpty();
    }

    @Test
    void timeToLiveTurnsOnForAnAttributeAndOffAgain() {
        String name = simpleTable(Optional.empty());

        assertThat(editor.setTimeToLive(name, Optional.of("ExpiresAt")).ttlAttribute()).contains("ExpiresAt");
        assertThat(editor.setTimeToLive(name, Optional.empty()).ttlAttribute()).isEmpty();
    }

    @Test
    void aTablesCreateTableJsonMakesAnEqualTableThroughTablesLoad() {
        String name = LocalDynamo.uniqueTableName("copy");
        editor.create(new TableDraft(name, new KeyDraft("pk", "S"), Optional.of(new KeyDraft("sk", "S")),
                List.of(new IndexDraft(false, "ByEmail", new KeyDraft("Email", "S"), new KeyDraft("Age", "N"), "ALL",
                        List.of()), new IndexDraft(true, "ByDate", new KeyDraft("", "S"), new KeyDraft("Date", "S"),
                        "KEYS_ONLY", List.of())),
                Optional.of(new TableDraft.Capacity(3, 2)), Optional.of("NEW_IMAGE"), Optional.empty()));
        String json = new CreateTableJson(LocalDynamo.clients().dynamo()).of(name);
        String copy = LocalDynamo.uniqueTableName("copied");

        TableInfo again = admin.create(CreateTableFile.parse(json.replace(name, copy), "the copied JSON"));

        TableInfo original = catalog.describe(name);
        assertThat(again.key()).isEqualTo(original.key());
        assertThat(again.attributeTypes()).isEqualTo(original.attributeTypes());
        assertThat(again.globalIndexes()).isEqualTo(original.globalIndexes());
        assertThat(again.localIndexes()).isEqualTo(original.localIndexes());
        assertThat(again.stream().map(TableInfo.StreamInfo::viewType)).contains("NEW_IMAGE");
        assertThat(json).contains("\"BillingMode\" : \"PROVISIONED\"", "\"ReadCapacityUnits\" : 3");
    }

    @Test
    void aPurgeDeletesEveryItemAndKeepsTheTableAndItsStream() {
        String name = simpleTable(Optional.of("KEYS_ONLY"));
        for (int i = 0; i < 60; i++) {
            String id = "item" + i;
            LocalDynamo.clients().dynamo().putItem(put -> put.tableName(name).item(Map.of("Id",
                    AttributeValue.fromS(id))));
        }

        long deleted = new TablePurge(LocalDynamo.clients().dynamo(), catalog).purge(name, count -> { }, () -> false);

        assertThat(deleted).isEqualTo(60);
        assertThat(LocalDynamo.clients().dynamo().scan(scan -> scan.tableName(name)).count()).isZero();
        assertThat(catalog.describe(name).stream()).isPresent();
    }

    private String simpleTable(Optional<String> stream) {
        String name = LocalDynamo.uniqueTableName("simple");
        editor.create(new TableDraft(name, new KeyDraft("Id", "S"), Optional.empty(), List.of(), Optional.empty(),
                stream, Optional.empty()));
        return name;
    }
}
