package dev.streamlab.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
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
            .build();

    private CreateTableFile() {
    }

    public static CreateTableRequest read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UserInputException("The table file " + file + " cannot be read (" + e.getMessage()
                    + "): check the path.", e);
        }
        return parse(text, file.toString());
    }

    public static CreateTableRequest parse(String json, String source) {
        CreateTableRequest request;
        try {
            request = MAPPER.readValue(json, CreateTableRequest.serializableBuilderClass()).build();
        } catch (UnrecognizedPropertyException e) {
            throw new UserInputException("The table file " + source + " has an unknown field \"" + e.getPropertyName()
                    + "\" at " + where(e) + ": use the field names of `aws dynamodb create-table --cli-input-json`.", e);
        } catch (JsonProcessingException e) {
            throw new UserInputException("The table file " + source + " is not valid CreateTable JSON at " + where(e)
                    + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + "): fix it and try again.", e);
        }
        return withDefaults(validated(request, source));
    }

    private static CreateTableRequest validated(CreateTableRequest request, String source) {
        TableNames.require(request.tableName(), "TableName in " + source);
        if (!request.hasKeySchema() || request.keySchema().isEmpty()) {
            throw new UserInputException("The table file " + source + " has no KeySchema: add one, e.g. "
                    + "\"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}].");
        }
        Set<String> declared = request.attributeDefinitions().stream()
                .map(AttributeDefinition::attributeName).collect(Collectors.toSet());
        var keys = new java.util.ArrayList<>(request.keySchema());
        request.globalSecondaryIndexes().forEach(index -> {
            TableNames.require(index.indexName(), "IndexName in " + source);
            keys.addAll(index.keySchema());
        });
        request.localSecondaryIndexes().forEach(index -> {
            TableNames.require(index.indexName(), "IndexName in " + source);
            keys.addAll(index.keySchema());
        });
        keys.stream().map(KeySchemaElement::attributeName).filter(name -> !declared.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw new UserInputException("The table file " + source + " uses key attribute \"" + name
                            + "\" without declaring it in AttributeDefinitions: add {\"AttributeName\": \"" + name
                            + "\", \"AttributeType\": \"S\"} (or N, B).");
                });
        return request;
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
