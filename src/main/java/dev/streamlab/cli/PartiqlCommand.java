package dev.streamlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.streamlab.data.PartiqlPage;
import dev.streamlab.data.PartiqlStatements;
import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.PrintWriter;
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

@Command(name = "partiql", description = "Run a PartiQL statement (ExecuteStatement), reading every page; prints"
        + " {\"Items\": [...]}.")
final class PartiqlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    FormatOptions format;

    @Parameters(paramLabel = "STATEMENT", description = "e.g. 'SELECT * FROM \"Orders\" WHERE Id = ?'.")
    String statement;

    @Option(names = "--parameters", paramLabel = "JSON",
            description = "The values of the ? in order, a JSON array in DynamoDB JSON (plain JSON with --plain),"
                    + " e.g. '[{\"N\": \"42\"}]'.")
    String parameters;

    @Override
    public Integer call() {
        List<AttributeValue> values = parameters();
        try (var open = connection.open()) {
            var statements = new PartiqlStatements(open.clients().dynamo());
            // The first page is read before printing: a statement DynamoDB refuses prints nothing.
            PartiqlPage page = statements.page(statement, values, Optional.empty());
            PrintWriter out = spec.commandLine().getOut();
            var output = new JsonOutput(out, format.plain);
            try (JsonGenerator json = output.stream()) {
                json.writeStartObject();
                json.writeArrayFieldStart("Items");
                while (true) {
                    for (var item : page.items()) {
                        json.writeTree(output.item(item));
                    }
                    if (!page.hasMore()) {
                        break;
                    }
                    page = statements.page(statement, values, page.nextToken());
                }
                json.writeEndArray();
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
            return 0;
        }
    }

    /** The array is read as a list attribute, so its values get the same checks and messages as an item's. */
    private List<AttributeValue> parameters() {
        if (parameters == null) {
            return List.of();
        }
        if (!parameters.strip().startsWith("[")) {
            throw new UserInputException("--parameters is not a JSON array: give the values of the ? in order,"
                    + " e.g. '[{\"S\": \"ID1\"}]' (or '[\"ID1\"]' with --plain).");
        }
        String wrapped = format.plain ? "{\"p\": " + parameters + "}" : "{\"p\": {\"L\": " + parameters + "}}";
        return ItemJson.read(wrapped, "--parameters", format.plain).get("p").l();
    }
}
