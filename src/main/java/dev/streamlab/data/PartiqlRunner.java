package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;

/** Runs PartiQL statements (ExecuteStatement): SELECT a page at a time, and INSERT, UPDATE and DELETE. */
public final class PartiqlRunner {

    private final DynamoDbClient dynamo;

    public PartiqlRunner(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /**
     * One page of a statement's items; {@code nextToken} goes on where the last page stopped.
     *
     * @param parameters the values of the statement's ? placeholders, in order
     * @param limit      how many items DynamoDB evaluates at most for this page
     */
    public StatementPage page(String statement, List<AttributeValue> parameters, int limit,
            Optional<String> nextToken) {
        if (statement == null || statement.isBlank()) {
            throw new UserInputException("The PartiQL statement is empty: write one, e.g. SELECT * FROM \"Orders\".");
        }
        ItemLimits.requireValues(numbered(parameters), "The statement's parameters");
        ExecuteStatementResponse response = SdkErrors.translate(() -> dynamo.executeStatement(request -> request
                .statement(statement.strip())
                .parameters(parameters.isEmpty() ? null : parameters)
                .limit(limit)
                .nextToken(nextToken.orElse(null))), "the PartiQL statement");
        return new StatementPage(response.hasItems() ? response.items() : List.of(),
                Optional.ofNullable(response.nextToken()));
    }

    private static Map<String, AttributeValue> numbered(List<AttributeValue> parameters) {
        Map<String, AttributeValue> named = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            named.put("parameter " + (i + 1), parameters.get(i));
        }
        return named;
    }

    /** @param nextToken present when more items may follow */
    public record StatementPage(List<Map<String, AttributeValue>> items, Optional<String> nextToken) {
    }
}
