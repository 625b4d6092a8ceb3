package dev.streamlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.streamlab.connect.Connection;
import dev.streamlab.data.ItemBrowser;
import dev.streamlab.data.ItemPage;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prints the items of a scan or query as {"Items": [...], "Count": n, "LastEvaluatedKey": ...}, the
 * shape the AWS CLI prints, item by item so a whole table never has to fit in memory. Only the first page is read
 * before printing starts, so that a request DynamoDB refuses leaves stdout empty.
 */
final class ItemReading {

    private ItemReading() {
    }

    static int print(Connection open, ItemPageRequest request, long maxItems, PrintWriter out, boolean plain) {
        var dynamo = open.clients().dynamo();
        var browser = new ItemBrowser(dynamo, new TableSchemas(new TableCatalog(dynamo)));
        browser.check(request);
        // Read before printing: a request DynamoDB refuses (a filter's syntax, a key condition) prints nothing.
        ItemPage first = browser.page(request.withPageSize((int) Math.min(request.pageSize(), maxItems)));
        var output = new JsonOutput(out, plain);
        try (JsonGenerator json = output.stream()) {
            json.writeStartObject();
            json.writeArrayFieldStart("Items");
            long[] count = {0};
            Consumer<Map<String, AttributeValue>> print = item -> {
                write(json, output, item);
                count[0]++;
            };
            first.items().forEach(print);
            Optional<Map<String, AttributeValue>> next = first.nextKey();
            if (next.isPresent() && count[0] < maxItems) {
                next = browser.forEach(request.startingAt(next), maxItems - count[0], print);
            }
            json.writeEndArray();
            json.writeNumberField("Count", count[0]);
            if (next.isPresent()) {
                json.writeFieldName("LastEvaluatedKey");
                json.writeTree(output.item(next.get()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
        return 0;
    }

    private static void write(JsonGenerator json, JsonOutput output, Map<String, AttributeValue> item) {
        try {
            json.writeTree(output.item(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
