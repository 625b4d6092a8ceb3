package dev.streamlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.streamlab.data.PartiqlRunner;
import dev.streamlab.data.PartiqlRunner.StatementPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@Command(name = "partiql", description = "Run a PartiQL statement (SELECT, INSERT, UPDATE, DELETE) and print the items"
        + " it returns, every page of them.")
final class PartiqlCommand implements Callable<Integer> {

    private static final int PAGE = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    FormatOptions format;

    @Parameters(paramLabel = "STATEMENT", description = "e.g. 'SELECT * FROM \"Orders\" WHERE Id = ?'")
    String statement;

    @Option(names = "--parameters", paramLabel = "JSON", description = "The values of the statement's ?"
            + " placeholders, as a JSON array, e.g. '[{\"N\": \"1\"}]' (plain JSON with --plain).")
    String parameters;

    @Override
    public Integer call() {
        List<AttributeValue> values = JsonArguments.parameters(parameters, format.plain);
        try (var open = connection.open()) {
            var runner = new PartiqlRunner(open.clients().dynamo());
            // Read before printing: a statement DynamoDB refuses prints nothing.
            StatementPage page = runner.page(statement, values, PAGE, Optional.empty());
            var output = new JsonOutput(spec.commandLine().getOut(), format.plain);
            long count = 0;
            try (JsonGenerator json = output.stream()) {
                json.writeStartObject();
                json.writeArrayFieldStart("Items");
                while (true) {
                    for (var item : page.items()) {
                        json.writeTree(output.item(item));
                    }
                    count += page.items().size();
                    if (page.nextToken().isEmpty()) {
                        break;
                    }
                    page = runner.page(statement, values, PAGE, page.nextToken());
                }
                json.writeEndArray();
                json.writeNumberField("Count", count);
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
