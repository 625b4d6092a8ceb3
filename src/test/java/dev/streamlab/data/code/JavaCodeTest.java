package dev.streamlab.data.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemPageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class JavaCodeTest {

    @Test
    void everyTypeBecomesTheFactoryCallThatMakesIt() {
        assertThat(JavaCode.value(AttributeValue.fromS("say \"hi\"")))
                .isEqualTo("AttributeValue.fromS(\"say \\\"hi\\\"\")");
        assertThat(JavaCode.value(AttributeValue.fromN("12345678901234567890123456789012345678")))
                .isEqualTo("AttributeValue.fromN(\"12345678901234567890123456789012345678\")");
        assertThat(JavaCode.value(AttributeValue.fromBool(false))).isEqualTo("AttributeValue.fromBool(false)");
        assertThat(JavaCode.value(AttributeValue.fromNul(true))).isEqualTo("AttributeValue.fromNul(true)");
        assertThat(JavaCode.value(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}))))
                .isEqualTo("AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(\"AQI=\")))");
        assertThat(JavaCode.value(AttributeValue.fromSs(List.of("a", "b"))))
                .isEqualTo("AttributeValue.fromSs(List.of(\"a\", \"b\"))");
        assertThat(JavaCode.value(AttributeValue.fromL(List.of(AttributeValue.fromN("1")))))
                .isEqualTo("AttributeValue.fromL(List.of(AttributeValue.fromN(\"1\")))");
        assertThat(JavaCode.value(AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v")))))
                .isEqualTo("AttributeValue.fromM(Map.ofEntries(Map.entry(\"k\", AttributeValue.fromS(\"v\"))))");
    }

    @Test
    void aQueryIsTheRequestBuilderOnAClientForTheEndpoint() {
        var request = new ItemPageRequest("Orders", Optional.empty(), Optional.of("Id = :id"), Optional.empty(),
                Optional.empty(), new Expressions(Map.of(), Map.of(":id", AttributeValue.fromN("1"))), true, 100,
                Optional.empty());
        assertThat(JavaCode.of(request, new CodeTarget(Optional.of("http://localhost:8000"), "us-east-1")))
                .contains(".endpointOverride(URI.create(\"http://localhost:8000\"))")
                .contains("QueryResponse response = dynamo.query(QueryRequest.builder()")
                .contains(".keyConditionExpression(\"Id = :id\")")
                .contains(".expressionAttributeValues(Map.ofEntries(Map.entry(\":id\", AttributeValue.fromN(\"1\"))))")
                .contains(".scanIndexForward(false)");
    }

    @Test
    void javaScriptSendsTheSameFieldsAsJson() {
        var request = new ItemPageRequest("Orders", Optional.of("by-amount"), Optional.empty(), Optional.empty(),
                Optional.of("Id"), Expressions.none(), false, 100, Optional.empty());
        assertThat(JavaScriptCode.of(request, new CodeTarget(Optional.empty(), "eu-west-1")))
                .startsWith("import { DynamoDBClient, ScanCommand } from \"@aws-sdk/client-dynamodb\";")
                .contains("new DynamoDBClient({ region: \"eu-west-1\" })")
                .contains("  TableName: \"Orders\",\n  IndexName: \"by-amount\",\n  ProjectionExpression: \"Id\",");
    }
}
