package dev.streamlab.data;

import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** A table file's request seen as the table it will make, so items can be checked before it exists. */
public final class TableRequests {

    private TableRequests() {
    }

    public static TableInfo toInfo(CreateTableRequest request) {
        var description = TableDescription.builder()
                .tableName(request.tableName())
                .tableStatus("CREATING")
                .keySchema(request.keySchema())
                .attributeDefinitions(request.attributeDefinitions())
                .globalSecondaryIndexes(request.globalSecondaryIndexes().stream()
                        .map(i -> GlobalSecondaryIndexDescription.builder()
                                .indexName(i.indexName()).keySchema(i.keySchema()).projection(i.projection()).build())
                        .toList())
                .localSecondaryIndexes(request.localSecondaryIndexes().stream()
                        .map(i -> LocalSecondaryIndexDescription.builder()
                                .indexName(i.indexName()).keySchema(i.keySchema()).projection(i.projection()).build())
                        .toList())
                .streamSpecification(request.streamSpecification())
                .build();
        return TableCatalog.toInfo(description, Optional.empty());
    }
}
