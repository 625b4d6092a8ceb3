package dev.streamlab.testing;

import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.data.TableInfo;

/** Creates uniquely named tables on the shared {@link LocalDynamo} from inline CreateTable JSON. */
public final class TestTables {

    private TestTables() {
    }

    /** @param json CreateTable JSON whose TableName is the placeholder {@code $TABLE} */
    public static TableInfo create(String prefix, String json) {
        String name = LocalDynamo.uniqueTableName(prefix);
        var request = CreateTableFile.parse(json.replace("$TABLE", name), "test table " + name);
        return new TableAdmin(LocalDynamo.clients().dynamo(), LocalDynamo.profile()).create(request);
    }

    /** A table keyed like seed 002's Orders: Id (N) and Amount (N), with a KEYS_ONLY stream. */
    public static TableInfo orders() {
        return create("orders", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "N"},
                                          {"AttributeName": "Amount", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"},
                               {"AttributeName": "Amount", "KeyType": "RANGE"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
                """);
    }

    /** A table keyed like cruddur-messages: pk/sk strings, a GSI on message_group_uuid+sk and an LSI on pk+created. */
    public static TableInfo messages() {
        return create("messages", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                          {"AttributeName": "sk", "AttributeType": "S"},
                                          {"AttributeName": "message_group_uuid", "AttributeType": "S"},
                                          {"AttributeName": "created", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "message-group-sk-index",
                     "KeySchema": [{"AttributeName": "message_group_uuid", "KeyType": "HASH"},
                                   {"AttributeName": "sk", "KeyType": "RANGE"}],
                     "Projection": {"ProjectionType": "ALL"}}],
                 "LocalSecondaryIndexes": [{"IndexName": "created-index",
                     "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                                   {"AttributeName": "created", "KeyType": "RANGE"}],
                     "Projection": {"ProjectionType": "ALL"}}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
                """);
    }

    /** pk (S) + sk (N), a GSI group+sk, a KEYS_ONLY LSI pk+sentAt, a NEW_IMAGE stream and TTL on expiresAt. */
    public static String messagesWithTtl() {
        String name = create("messages", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                          {"AttributeName": "sk", "AttributeType": "N"},
                                          {"AttributeName": "group", "AttributeType": "S"},
                                          {"AttributeName": "sentAt", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                 "GlobalSecondaryIndexes": [{"IndexName": "group-sk-index",
                     "KeySchema": [{"AttributeName": "group", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                     "Projection": {"ProjectionType": "ALL"}}],
                 "LocalSecondaryIndexes": [{"IndexName": "sent-at-index",
                     "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sentAt", "KeyType": "RANGE"}],
                     "Projection": {"ProjectionType": "KEYS_ONLY"}}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
                """).name();
        LocalDynamo.clients().dynamo().updateTimeToLive(r -> r.tableName(name)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        return name;
    }

    /** Only a partition key: no sort key, index, stream or TTL. */
    public static String plain() {
        return create("plain", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
                """).name();
    }
}
