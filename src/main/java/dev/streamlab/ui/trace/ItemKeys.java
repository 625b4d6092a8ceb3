package dev.streamlab.ui.trace;

import dev.streamlab.data.Database;
import dev.streamlab.ui.trace.TraceRow.ItemTarget;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The key of an item a PutItem wrote whole: its table's key attributes, asked of DynamoDB (in the background). */
final class ItemKeys {

    private ItemKeys() {
    }

    static Map<String, AttributeValue> keyOf(Database database, ItemTarget target) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        database.tables().describe(target.table()).key().attributes()
                .forEach(name -> key.put(name, target.key().get(name)));
        return key;
    }
}
