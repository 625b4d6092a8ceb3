package dev.streamlab.ui.triggers;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tables like seed 003's CloudAcademyLabs, email-checker mapping files for them, and items to put. */
final class TriggerFixtures {

    private TriggerFixtures() {
    }

    /** Id (S), a NEW_AND_OLD_IMAGES stream: the EmailChecker lab's table. */
    static String labsTable() {
        return TestTables.create("labs", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                """).name();
    }

    /** A mapping file running builtin:email-checker on {@code table} from its first record. */
    static Path emailChecker(Path folder, String function, String table) throws IOException {
        return write(folder, function, """
                {"functions": {"%s": {"Handler": "builtin:email-checker",
                                      "Environment": {"Variables": {"TABLE_NAME": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "%s", "TableName": "%s",
                                          "StartingPosition": "TRIM_HORIZON"}]}
                """.formatted(function, table, function, table));
    }

    static Path write(Path folder, String function, String json) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(function + ".json"), json);
    }

    static void putEmail(String table, String id, String email) {
        LocalDynamo.clients().dynamo().putItem(put -> put.tableName(table).item(Map.of(
                "Id", AttributeValue.fromS(id), "Email", AttributeValue.fromS(email))));
    }

    static Map<String, AttributeValue> item(String table, String id) {
        return LocalDynamo.clients().dynamo().getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("Id", AttributeValue.fromS(id)))).item();
    }

    /** For conditions polled off the FX thread: the FX thread's answer, failures rethrown unchecked. */
    static <T> T onFx(Callable<T> work) {
        try {
            return FxThread.call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
