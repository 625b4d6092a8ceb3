package dev.streamlab.ui.tables;

import dev.streamlab.testing.LocalDynamo;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Real tables in the shared DynamoDB Local, shaped like the seeds' cruddur-messages table. */
public final class TestTables {

    private TestTables() {
    }

    /** pk (S) + sk (N), a GSI group+sk, an LSI pk+sentAt, a NEW_IMAGE stream and TTL on expiresAt. */
    public static String messagesTable() {
        String name = LocalDynamo.uniqueTableName("messages");
        var dynamo = LocalDynamo.clients().dynamo();
        dynamo.createTable(r -> r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("group", ScalarAttributeType.S), attribute("sentAt", ScalarAttributeType.S))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("group-sk-index")
                        .keySchema(key("group", KeyType.HASH), key("sk", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("sent-at-index")
                        .keySchema(key("pk", KeyType.HASH), key("sentAt", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        dynamo.updateTimeToLive(r -> r.tableName(name)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        return name;
    }

    /** Only a partition key: no sort key, index, stream or TTL. */
    public static String plainTable() {
        String name = LocalDynamo.uniqueTableName("plain");
        LocalDynamo.clients().dynamo().createTable(r -> r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .keySchema(key("id", KeyType.HASH)));
        return name;
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
