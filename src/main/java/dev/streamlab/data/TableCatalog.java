package dev.streamlab.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Lists and describes tables. */
public final class TableCatalog {

    private static final int LIST_PAGE_SIZE = 100;

    private final DynamoDbClient dynamo;
    private final int listPageSize;

    public TableCatalog(DynamoDbClient dynamo) {
        this(dynamo, LIST_PAGE_SIZE);
    }

    TableCatalog(DynamoDbClient dynamo, int listPageSize) {
        this.dynamo = dynamo;
        this.listPageSize = listPageSize;
    }

    /** Every table name, following ListTables pages however many there are. */
    public List<String> listTables() {
        return SdkErrors.translate(() -> {
            List<String> names = new ArrayList<>();
            dynamo.listTablesPaginator(r -> r.limit(listPageSize)).tableNames().forEach(names::add);
            return names;
        });
    }

    public TableInfo describe(String tableName) {
        TableNames.require(tableName, "Table name");
        return SdkErrors.translate(() -> toInfo(dynamo.describeTable(r -> r.tableName(tableName)).table(),
                ttlAttribute(tableName)), "table " + tableName);
    }

    private Optional<String> ttlAttribute(String tableName) {
        var ttl = dynamo.describeTimeToLive(r -> r.tableName(tableName)).timeToLiveDescription();
        return ttl != null && ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLED
                ? Optional.ofNullable(ttl.attributeName()) : Optional.empty();
    }

    static TableInfo toInfo(TableDescription table, Optional<String> ttlAttribute) {
        Map<String, String> types = table.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString,
                        (a, b) -> a, LinkedHashMap::new));
        var globals = table.globalSecondaryIndexes().stream()
                .map(i -> new TableInfo.IndexInfo(i.indexName(), keySchema(i.keySchema()),
                        projection(i.projection()), i.indexStatusAsString()))
                .toList();
        var locals = table.localSecondaryIndexes().stream()
                .map(i -> new TableInfo.IndexInfo(i.indexName(), keySchema(i.keySchema()),
                        projection(i.projection()), "ACTIVE"))
                .toList();
        var spec = table.streamSpecification();
        Optional<TableInfo.StreamInfo> stream = spec != null && Boolean.TRUE.equals(spec.streamEnabled())
                ? Optional.of(new TableInfo.StreamInfo(spec.streamViewTypeAsString(), table.latestStreamArn(),
                        table.latestStreamLabel()))
                : Optional.empty();
        return new TableInfo(table.tableName(), table.tableStatusAsString(), table.tableArn(),
                keySchema(table.keySchema()), types, globals, locals, stream, ttlAttribute,
                orZero(table.itemCount()), orZero(table.tableSizeBytes()));
    }

    static TableInfo.KeySchema keySchema(List<KeySchemaElement> elements) {
        String hash = elements.stream().filter(e -> e.keyType() == KeyType.HASH)
                .map(KeySchemaElement::attributeName).findFirst().orElseThrow();
        Optional<String> range = elements.stream().filter(e -> e.keyType() == KeyType.RANGE)
                .map(KeySchemaElement::attributeName).findFirst();
        return new TableInfo.KeySchema(hash, range);
    }

    private static String projection(Projection projection) {
        return projection == null ? "ALL" : projection.projectionTypeAsString();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
