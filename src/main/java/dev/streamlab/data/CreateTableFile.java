package dev.streamlab.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.streamlab.model.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * Reads a table file: the JSON that {@code aws dynamodb create-table --cli-input-json} takes.
 * Jackson fills the SDK's own request builder, so every CreateTable field is understood as AWS names it.
 */
public final class CreateTableFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CreateTableFile() {
    }

    public static CreateTableRequest read(Path file) {
        return parse(TextFiles.read(file, "The table file", TextFiles.SETTINGS_MAX_BYTES), file.toString());
    }

    public static CreateTableRequest parse(String json, String source) {
        CreateTableRequest request;
        try {
            request = MAPPER.readValue(json, CreateTableRequest.serializableBuilderClass()).build();
        } catch (UnrecognizedPropertyException e) {
            throw new UserInputException("The table file " + source + " has an unknown field \"" + e.getPropertyName()
                    + "\" at " + where(e) + ": use the field names of `aws dynamodb create-table --cli-input-json`.", e);
        } catch (MismatchedInputException e) {
            throw new UserInputException("The table file " + source + WrongShape.describe(e, where(e)) + ".", e);
        } catch (JsonProcessingException e) {
            throw new UserInputException("The table file " + source + " is not valid CreateTable JSON at " + where(e)
                    + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + "): fix it and try again.", e);
        }
        return withDefaults(validated(request, source));
    }

    private static CreateTableRequest validated(CreateTableRequest request, String source) {
        TableNames.require(request.tableName(), "The TableName", " in " + source);
        requireAllowed(source, "AttributeType", request.attributeDefinitions().stream()
                .map(AttributeDefinition::attributeTypeAsString), Set.of("S", "N", "B"));
        if (!request.hasKeySchema() || request.keySchema().isEmpty()) {
            throw new UserInputException("The table file " + source + " has no KeySchema: add one, e.g. "
                    + "\"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}].");
        }
        Set<String> declared = request.attributeDefinitions().stream()
                .map(AttributeDefinition::attributeName).collect(Collectors.toSet());
        var keys = new ArrayList<>(request.keySchema());
        request.globalSecondaryIndexes().forEach(index -> {
            TableNames.require(index.indexName(), "The IndexName", " in " + source);
            keys.addAll(index.keySchema());
        });
        request.localSecondaryIndexes().forEach(index -> {
            TableNames.require(index.indexName(), "The IndexName", " in " + source);
            keys.addAll(index.keySchema());
        });
        requireAllowed(source, "KeyType", keys.stream().map(KeySchemaElement::keyTypeAsString), Set.of("HASH", "RANGE"));
        var stream = request.streamSpecification();
        if (stream != null && Boolean.TRUE.equals(stream.streamEnabled())) {
            requireAllowed(source, "StreamViewType", Stream.of(String.valueOf(stream.streamViewTypeAsString())),
                    Set.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"));
        }
        keys.stream().map(KeySchemaElement::attributeName).filter(name -> !declared.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw new UserInputException("The table file " + source + " uses key attribute \"" + name
                            + "\" without declaring it in AttributeDefinitions: add {\"AttributeName\": \"" + name
                            + "\", \"AttributeType\": \"S\"} (or N, B).");
                });
        return request;
    }

    /** DynamoDB would reject these too, but only after the files before this one made their tables. */
    private static void requireAllowed(String source, String field, Stream<String> values, Set<String> allowed) {
        values.filter(value -> !allowed.contains(value)).findFirst().ifPresent(value -> {
            throw new UserInputException("The table file " + source + " has " + field + " \"" + value
                    + "\": use one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
        });
    }

    /** Neither BillingMode nor ProvisionedThroughput: on-demand, which needs no capacity numbers. */
    private static CreateTableRequest withDefaults(CreateTableRequest request) {
        if (request.billingMode() == null && request.provisionedThroughput() == null) {
            return request.toBuilder().billingMode(BillingMode.PAY_PER_REQUEST).build();
        }
        return request;
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "an unknown place"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
