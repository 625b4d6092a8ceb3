package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;

/**
 * Runs PartiQL statements (ExecuteStatement) page by page. Statements that write (INSERT, UPDATE, DELETE) run too:
 * DynamoDB applies each one whole or not at all, so a refused statement has written nothing.
 */
public final class PartiqlStatements {

    private final DynamoDbClient dynamo;

    public PartiqlStatements(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /** One page; {@code nextToken} continues a previous page of the same statement and parameters. */
    public PartiqlPage page(String statement, List<AttributeValue> parameters, Optional<String> nextToken) {
        if (statement == null || statement.isBlank()) {
            throw new UserInputException("The PartiQL statement is empty: write one, e.g. SELECT * FROM \"Orders\".");
        }
        ExecuteStatementResponse response = SdkErrors.translate(() -> dynamo.executeStatement(
                ExecuteStatementRequest.builder()
                        .statement(statement)
                        .parameters(parameters.isEmpty() ? null : parameters)
                        .nextToken(nextToken.orElse(null))
                        .build()), "the PartiQL statement");
        String next = response.nextToken();
        return new PartiqlPage(response.items() == null ? List.of() : List.copyOf(response.items()),
                next == null || next.isEmpty() ? Optional.empty() : Optional.of(next));
    }
}
