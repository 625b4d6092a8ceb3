package dev.streamlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableAdminTest {

    private final TableAdmin admin = new TableAdmin(LocalDynamo.clients().dynamo(), LocalDynamo.profile());
    private final TableCatalog catalog = new TableCatalog(LocalDynamo.clients().dynamo());

    @Test
    void describesKeysIndexesAndStream() {
        TableInfo table = TestTables.messages();

        assertThat(table.status()).isEqualTo("ACTIVE");
        assertThat(table.key()).isEqualTo(new TableInfo.KeySchema("pk", Optional.of("sk")));
        assertThat(table.attributeTypes()).containsEntry("created", "N").containsEntry("pk", "S");
        assertThat(table.globalIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo("message-group-sk-index");
            assertThat(index.key().attributes()).containsExactly("message_group_uuid", "sk");
        });
        assertThat(table.localIndexes()).extracting(TableInfo.IndexInfo::name).containsExactly("created-index");
        assertThat(table.stream()).hasValueSatisfying(stream -> {
            assertThat(stream.viewType()).isEqualTo("NEW_IMAGE");
            assertThat(stream.arn()).contains(":table/" + table.name() + "/stream/");
        });
    }

    @Test
    void listsEveryTableAcrossPages() {
        List<String> created = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> TestTables.orders().name()).toList();
        var smallPages = new TableCatalog(LocalDynamo.clients().dynamo(), 2);
        assertThat(smallPages.listTables()).containsAll(created).doesNotHaveDuplicates();
    }

    @Test
    void aTableFileWithoutKeySchemaCreatesNothing(@TempDir Path dir) throws Exception {
        String name = LocalDynamo.uniqueTableName("nokey");
        Path good = write(dir, "good.json", "{\"TableName\": \"" + name + "-ok\", \"AttributeDefinitions\": "
                + "[{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}], "
                + "\"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}");
        Path bad = write(dir, "bad.json", "{\"TableName\": \"" + name + "\", \"AttributeDefinitions\": "
                + "[{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}]}");

        assertThatThrownBy(() -> admin.load(List.of(good, bad)))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("The table file " + bad + " has no KeySchema: add one");
        assertThat(catalog.listTables()).doesNotContain(name, name + "-ok");
    }

    @Test
    void aFileDynamoDbRefusesUndoesTheTablesLoadedBeforeIt(@TempDir Path dir) throws Exception {
        String first = LocalDynamo.uniqueTableName("first");
        String second = LocalDynamo.uniqueTableName("second");
        Path good = write(dir, "a.json", tableJson(first));
        Path twoHashKeys = write(dir, "b.json", "{\"TableName\": \"" + second + "\", \"AttributeDefinitions\": ["
                + "{\"AttributeName\": \"a\", \"AttributeType\": \"S\"}, {\"AttributeName\": \"b\", \"AttributeType\": \"S\"}],"
                + " \"KeySchema\": [{\"AttributeName\": \"a\", \"KeyType\": \"HASH\"},"
                + " {\"AttributeName\": \"b\", \"KeyType\": \"HASH\"}]}");

        assertThatThrownBy(() -> admin.load(List.of(good, twoHashKeys)))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("DynamoDB rejected the request on table " + second);
        assertThat(catalog.listTables()).doesNotContain(first, second);
    }

    @Test
    void anUnknownAttributeTypeIsNamedBeforeAnyTableIsMade() {
        assertThatThrownBy(() -> CreateTableFile.parse("{\"TableName\": \"abc\", \"AttributeDefinitions\": "
                + "[{\"AttributeName\": \"id\", \"AttributeType\": \"Q\"}], "
                + "\"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}", "t.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The table file t.json has AttributeType \"Q\": use one of B, N, S.");
    }

    @Test
    void anInvalidTableNameIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> CreateTableFile.parse("{\"TableName\": \"ab\", \"KeySchema\": "
                + "[{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}", "t.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The TableName \"ab\" in t.json is not valid: DynamoDB names have 3 to 255 characters,"
                        + " each a letter, digit, '_', '-' or '.'.");
    }

    @Test
    void anUnknownFieldIsNamedWithItsPlace() {
        assertThatThrownBy(() -> CreateTableFile.parse("{\n  \"TableName\": \"abc\",\n  \"KeySchemas\": []\n}", "t.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("unknown field \"KeySchemas\" at line 3");
    }

    @Test
    void loadingATableThatExistsCreatesNothing(@TempDir Path dir) throws Exception {
        String existing = TestTables.orders().name();
        String fresh = LocalDynamo.uniqueTableName("fresh");
        Path first = write(dir, "a.json", tableJson(fresh));
        Path second = write(dir, "b.json", tableJson(existing));

        assertThatThrownBy(() -> admin.load(List.of(first, second)))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Table " + existing + " already exists");
        assertThat(catalog.listTables()).doesNotContain(fresh);
    }

    @Test
    void dropRemovesTheTable() {
        String name = TestTables.orders().name();
        admin.drop(name, false);
        assertThat(catalog.listTables()).doesNotContain(name);
    }

    @Test
    void droppingOnANonLocalEndpointNeedsConfirmation() {
        var remote = ConnectionProfile.endpoint(URI.create("https://dynamodb.eu-west-1.amazonaws.com"), "eu-west-1",
                Optional.empty());
        var remoteAdmin = new TableAdmin(LocalDynamo.clients().dynamo(), remote);
        String name = TestTables.orders().name();

        assertThatThrownBy(() -> remoteAdmin.drop(name, false))
                .isInstanceOf(UserInputException.class)
                .hasMessageEndingWith("deletes its data for good: run again with --yes to confirm.");
        assertThat(catalog.listTables()).contains(name);
    }

    @Test
    void describingAMissingTableSaysSo() {
        assertThatThrownBy(() -> catalog.describe("no-such-table"))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Table no-such-table does not exist here: check the name against the list of tables.");
    }

    private static String tableJson(String name) {
        return "{\"TableName\": \"" + name + "\", \"AttributeDefinitions\": [{\"AttributeName\": \"id\", "
                + "\"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}";
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
