package dev.streamlab.data.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.data.SdkErrors;
import dev.streamlab.json.Json;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** An existing table as the CreateTable JSON that `tables load` re-creates it from (its items are not in it). */
public final class CreateTableJson {

    private final DynamoDbClient dynamo;

    public CreateTableJson(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    public String of(String table) {
        TableDescription described = SdkErrors.translate(() -> dynamo.describeTable(r -> r.tableName(table)),
                "table " + table).table();
        return node(described).toPrettyString();
    }

    static ObjectNode node(TableDescription table) {
        ObjectNode json = Json.mapper().createObjectNode().put("TableName", table.tableName());
        ArrayNode definitions = json.putArray("AttributeDefinitions");
        table.attributeDefinitions().forEach(definition -> definitions.addObject()
                .put("AttributeName", definition.attributeName())
                .put("AttributeType", definition.attributeTypeAsString()));
        json.set("KeySchema", keySchema(table.keySchema()));
        boolean provisioned = provisioned(table);
        if (table.hasGlobalSecondaryIndexes() && !table.globalSecondaryIndexes().isEmpty()) {
            ArrayNode globals = json.putArray("GlobalSecondaryIndexes");
            table.globalSecondaryIndexes().forEach(index -> {
                ObjectNode node = index(globals, index.indexName(), index.keySchema(), index.projection());
                if (provisioned) {
                    node.set("ProvisionedThroughput", throughput(index.provisionedThroughput()));
                }
            });
        }
        if (table.hasLocalSecondaryIndexes() && !table.localSecondaryIndexes().isEmpty()) {
            ArrayNode locals = json.putArray("LocalSecondaryIndexes");
            table.localSecondaryIndexes().forEach(index -> index(locals, index.indexName(), index.keySchema(),
                    index.projection()));
        }
        json.put("BillingMode", provisioned ? "PROVISIONED" : "PAY_PER_REQUEST");
        if (provisioned) {
            json.set("ProvisionedThroughput", throughput(table.provisionedThroughput()));
        }
        var stream = table.streamSpecification();
        if (stream != null && Boolean.TRUE.equals(stream.streamEnabled())) {
            json.putObject("StreamSpecification").put("StreamEnabled", true)
                    .put("StreamViewType", stream.streamViewTypeAsString());
        }
        return json;
    }

    /** DynamoDB Local leaves BillingModeSummary out; its provisioned numbers are zero for on-demand tables. */
    private static boolean provisioned(TableDescription table) {
        if (table.billingModeSummary() != null && table.billingModeSummary().billingMode() != null) {
            return table.billingModeSummary().billingMode() == BillingMode.PROVISIONED;
        }
        var throughput = table.provisionedThroughput();
        return throughput != null && throughput.readCapacityUnits() != null && throughput.readCapacityUnits() > 0;
    }

    private static ObjectNode index(ArrayNode into, String name, List<KeySchemaElement> key, Projection projection) {
        ObjectNode node = into.addObject().put("IndexName", name);
        node.set("KeySchema", keySchema(key));
        ObjectNode projected = node.putObject("Projection").put("ProjectionType", projection.projectionTypeAsString());
        if (projection.hasNonKeyAttributes() && !projection.nonKeyAttributes().isEmpty()) {
            ArrayNode attributes = projected.putArray("NonKeyAttributes");
            projection.nonKeyAttributes().forEach(attributes::add);
        }
        return node;
    }

    private static ArrayNode keySchema(List<KeySchemaElement> elements) {
        ArrayNode schema = Json.mapper().createArrayNode();
        elements.forEach(element -> schema.addObject().put("AttributeName", element.attributeName())
                .put("KeyType", element.keyTypeAsString()));
        return schema;
    }

    private static ObjectNode throughput(ProvisionedThroughputDescription described) {
        return Json.mapper().createObjectNode()
                .put("ReadCapacityUnits", Math.max(1, described == null ? 1 : described.readCapacityUnits()))
                .put("WriteCapacityUnits", Math.max(1, described == null ? 1 : described.writeCapacityUnits()));
    }
}
