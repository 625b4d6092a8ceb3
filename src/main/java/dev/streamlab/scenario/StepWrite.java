package dev.streamlab.scenario;

import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The write a step makes, through the same checked item services as every other write. */
public sealed interface StepWrite {

    String table();

    void apply(ItemStore items);

    /** Puts a whole item, replacing any with its key. */
    record Put(String table, Map<String, AttributeValue> item) implements StepWrite {
        @Override
        public void apply(ItemStore items) {
            items.put(table, item, Optional.empty(), Expressions.none());
        }
    }

    /** Applies an update expression (SET, REMOVE, ADD, DELETE) to the item with this key. */
    record Update(String table, Map<String, AttributeValue> key, String expression, Expressions placeholders)
            implements StepWrite {
        @Override
        public void apply(ItemStore items) {
            items.update(table, key, expression, Optional.empty(), placeholders);
        }
    }

    /** Deletes the item with this key. */
    record Delete(String table, Map<String, AttributeValue> key) implements StepWrite {
        @Override
        public void apply(ItemStore items) {
            items.delete(table, key, Optional.empty(), Expressions.none());
        }
    }
}
