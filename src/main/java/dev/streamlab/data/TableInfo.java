package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a user wants to know about a table: its keys with their types, indexes, stream, TTL and size.
 *
 * @param attributeTypes the declared attribute types (S, N or B) by attribute name
 */
public record TableInfo(
        String name,
        String status,
        String arn,
        KeySchema key,
        Map<String, String> attributeTypes,
        List<IndexInfo> globalIndexes,
        List<IndexInfo> localIndexes,
        Optional<StreamInfo> stream,
        Optional<String> ttlAttribute,
        long itemCount,
        long sizeBytes) {

    /** The key of the table or of the named index; an unknown index is a clear error naming the ones there are. */
    public KeySchema keyOf(Optional<String> indexName) {
        if (indexName.isEmpty()) {
            return key;
        }
        return indexes().stream()
                .filter(index -> index.name().equals(indexName.get()))
                .map(IndexInfo::key)
                .findFirst()
                .orElseThrow(() -> new UserInputException("Table " + name + " has no index \""
                        + indexName.get() + "\": " + (indexes().isEmpty() ? "it has no indexes."
                        : "its indexes are " + String.join(", ", indexes().stream().map(IndexInfo::name).toList()) + ".")));
    }

    public List<IndexInfo> indexes() {
        return Stream.concat(globalIndexes.stream(), localIndexes.stream()).toList();
    }

    /** The declared type (S, N or B) of a key attribute. */
    public String typeOf(String attribute) {
        return attributeTypes.getOrDefault(attribute, "?");
    }

    /** A table's or index's key: a partition key and, optionally, a sort key. */
    public record KeySchema(String partitionKey, Optional<String> sortKey) {
        public List<String> attributes() {
            return sortKey.map(sort -> List.of(partitionKey, sort)).orElse(List.of(partitionKey));
        }
    }

    /** A global or local secondary index. */
    public record IndexInfo(String name, KeySchema key, String projection, String status) {
    }

    /** The table's stream when one is enabled. */
    public record StreamInfo(String viewType, String arn, String label) {
    }
}
