package dev.streamlab.data.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.Expressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A put with the editor's "only if new" condition, and a delete by key, in each language, to the letter. */
class WriteCodeTest {

    private static final CodeTarget LOCAL = new CodeTarget(Optional.of("http://localhost:8000"), "us-east-1");
    private static final CodeTarget AWS = new CodeTarget(Optional.empty(), "eu-west-1");

    private static WriteRequest put() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS("GRP#it's"));
        item.put("sk", AttributeValue.fromN("7"));
        item.put("done", AttributeValue.fromBool(true));
        item.put("tags", AttributeValue.fromSs(List.of("a", "b")));
        return WriteRequest.put("messages", item, Optional.of("attribute_not_exists(#partitionKey)"),
                new Expressions(Map.of("#partitionKey", "pk"), Map.of()));
    }

    private static WriteRequest delete() {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("pk", AttributeValue.fromS("GRP#it's"));
        key.put("sk", AttributeValue.fromN("7"));
        return WriteRequest.delete("messages", key);
    }

    @Test
    void awsCli() {
        assertThat(CodeLanguage.AWS_CLI.write(put(), LOCAL)).isEqualTo("""
                aws dynamodb put-item \\
                    --table-name messages \\
                    --item '{"pk":{"S":"GRP#it'\\''s"},"sk":{"N":"7"},"done":{"BOOL":true},"tags":{"SS":["a","b"]}}' \\
                    --condition-expression 'attribute_not_exists(#partitionKey)' \\
                    --expression-attribute-names '{"#partitionKey":"pk"}' \\
                    --region us-east-1 \\
                    --endpoint-url http://localhost:8000""");
        assertThat(CodeLanguage.AWS_CLI.write(delete(), AWS)).isEqualTo("""
                aws dynamodb delete-item \\
                    --table-name messages \\
                    --key '{"pk":{"S":"GRP#it'\\''s"},"sk":{"N":"7"}}' \\
                    --region eu-west-1""");
    }

    @Test
    void java() {
        assertThat(CodeLanguage.JAVA.write(put(), LOCAL)).isEqualTo("""
                DynamoDbClient dynamo = DynamoDbClient.builder()
                        .endpointOverride(URI.create("http://localhost:8000"))
                        .region(Region.of("us-east-1"))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .build();
                dynamo.putItem(PutItemRequest.builder()
                        .tableName("messages")
                        .item(Map.ofEntries(Map.entry("pk", AttributeValue.fromS("GRP#it's")), Map.entry("sk", AttributeValue.fromN("7")), Map.entry("done", AttributeValue.fromBool(true)), Map.entry("tags", AttributeValue.fromSs(List.of("a", "b")))))
                        .conditionExpression("attribute_not_exists(#partitionKey)")
                        .expressionAttributeNames(Map.ofEntries(Map.entry("#partitionKey", "pk")))
                        .build());
                """);
        assertThat(CodeLanguage.JAVA.write(delete(), AWS)).isEqualTo("""
                DynamoDbClient dynamo = DynamoDbClient.builder().region(Region.of("eu-west-1")).build();
                dynamo.deleteItem(DeleteItemRequest.builder()
                        .tableName("messages")
                        .key(Map.ofEntries(Map.entry("pk", AttributeValue.fromS("GRP#it's")), Map.entry("sk", AttributeValue.fromN("7"))))
                        .build());
                """);
    }

    @Test
    void python() {
        assertThat(CodeLanguage.PYTHON.write(put(), LOCAL)).isEqualTo("""
                import boto3

                dynamodb = boto3.client("dynamodb", endpoint_url="http://localhost:8000", region_name="us-east-1",
                                         aws_access_key_id="local", aws_secret_access_key="local")
                dynamodb.put_item(
                    TableName="messages",
                    Item={"pk": {"S": "GRP#it's"}, "sk": {"N": "7"}, "done": {"BOOL": True}, "tags": {"SS": ["a", "b"]}},
                    ConditionExpression="attribute_not_exists(#partitionKey)",
                    ExpressionAttributeNames={"#partitionKey": "pk"},
                )
                """);
        assertThat(CodeLanguage.PYTHON.write(delete(), AWS)).isEqualTo("""
                import boto3

                dynamodb = boto3.client("dynamodb", region_name="eu-west-1")
                dynamodb.delete_item(
                    TableName="messages",
                    Key={"pk": {"S": "GRP#it's"}, "sk": {"N": "7"}},
                )
                """);
    }

    @Test
    void javaScript() {
        assertThat(CodeLanguage.JAVASCRIPT.write(put(), LOCAL)).isEqualTo("""
                import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";

                const client = new DynamoDBClient({ endpoint: "http://localhost:8000", region: "us-east-1",
                  credentials: { accessKeyId: "local", secretAccessKey: "local" } });
                await client.send(new PutItemCommand({
                  TableName: "messages",
                  Item: {"pk":{"S":"GRP#it's"},"sk":{"N":"7"},"done":{"BOOL":true},"tags":{"SS":["a","b"]}},
                  ConditionExpression: "attribute_not_exists(#partitionKey)",
                  ExpressionAttributeNames: {"#partitionKey":"pk"},
                }));
                """);
        assertThat(CodeLanguage.JAVASCRIPT.write(delete(), AWS)).isEqualTo("""
                import { DynamoDBClient, DeleteItemCommand } from "@aws-sdk/client-dynamodb";

                const client = new DynamoDBClient({ region: "eu-west-1" });
                await client.send(new DeleteItemCommand({
                  TableName: "messages",
                  Key: {"pk":{"S":"GRP#it's"},"sk":{"N":"7"}},
                }));
                """);
    }

    @Test
    void menuLabels() {
        assertThat(CodeLanguage.AWS_CLI.label(WriteRequest.Kind.PUT)).isEqualTo("AWS CLI put-item");
        assertThat(CodeLanguage.AWS_CLI.label(WriteRequest.Kind.DELETE)).isEqualTo("AWS CLI delete-item");
        assertThat(CodeLanguage.JAVA.label(WriteRequest.Kind.PUT)).isEqualTo("Java SDK v2 put");
        assertThat(CodeLanguage.PYTHON.label(WriteRequest.Kind.DELETE)).isEqualTo("Python (boto3) delete");
        assertThat(CodeLanguage.JAVASCRIPT.label(WriteRequest.Kind.PUT)).isEqualTo("JavaScript SDK v3 put");
    }
}
