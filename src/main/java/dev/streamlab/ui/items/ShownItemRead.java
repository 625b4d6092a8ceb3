package dev.streamlab.ui.items;

import dev.streamlab.data.Database;
import dev.streamlab.data.TableInfo;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads the item the navigator asked to show, once its table is described; says so if it is gone. */
final class ShownItemRead {

    private static final String SOURCE = "Items";

    private ShownItemRead() {
    }

    /**
     * @param current whether the table is still the one shown when the answer lands
     * @param open    gets the item read
     */
    static void read(Session session, TableInfo table, Map<String, AttributeValue> key, BooleanSupplier current,
            Consumer<Map<String, AttributeValue>> open) {
        Database database = session.database();
        Tasks.create(() -> database.items().get(table.name(), key))
                .onSuccess(found -> {
                    if (current.getAsBoolean()) {
                        found.ifPresentOrElse(open, () -> session.errors().report(SOURCE, "Table " + table.name()
                                + " has no item with the key " + ItemText.write(key, false).strip()
                                .replaceAll("\\s+", " ") + " any more."));
                    }
                })
                .onError(Exception.class, e -> session.errors().report(SOURCE, e))
                .runOnce(session.executor());
    }
}
