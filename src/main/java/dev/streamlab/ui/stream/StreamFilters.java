package dev.streamlab.ui.stream;

import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The stream view's filters: one table or all, which event names, and a text that the table, the keys or the
 * images must contain (ignoring case). Used on the FX thread.
 */
final class StreamFilters {

    /** Table names have no spaces, so this choice cannot name a table. */
    static final String ALL_TABLES = "All tables";

    private final StringProperty table = new SimpleStringProperty(this, "table", ALL_TABLES);
    private final BooleanProperty inserts = new SimpleBooleanProperty(this, "inserts", true);
    private final BooleanProperty modifies = new SimpleBooleanProperty(this, "modifies", true);
    private final BooleanProperty removes = new SimpleBooleanProperty(this, "removes", true);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectBinding<Criteria> predicate = Bindings.createObjectBinding(
            () -> new Criteria(table.get(), inserts.get(), modifies.get(), removes.get(),
                    text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT)),
            table, inserts, modifies, removes, text);

    /** The filters' values at one moment; {@code text} is lower-case. */
    private record Criteria(String table, boolean inserts, boolean modifies, boolean removes, String text)
            implements Predicate<StreamRow> {

        @Override
        public boolean test(StreamRow row) {
            return tableMatches(row) && eventMatches(row) && textMatches(row);
        }

        boolean tableMatches(StreamRow row) {
            return table == null || ALL_TABLES.equals(table) || table.equals(row.table());
        }

        boolean eventMatches(StreamRow row) {
            return switch (row.eventName()) {
                case "INSERT" -> inserts;
                case "MODIFY" -> modifies;
                default -> removes;
            };
        }

        boolean textMatches(StreamRow row) {
            return text.isEmpty() || row.search().contains(text);
        }
    }

    StringProperty table() {
        return table;
    }

    BooleanProperty inserts() {
        return inserts;
    }

    BooleanProperty modifies() {
        return modifies;
    }

    BooleanProperty removes() {
        return removes;
    }

    StringProperty text() {
        return text;
    }

    /** A new predicate each time a filter changes, so that a FilteredList bound to it re-filters. */
    ObjectBinding<? extends Predicate<StreamRow>> predicate() {
        return predicate;
    }

    /** Clears just the filters that hide this row. */
    void reveal(StreamRow row) {
        Criteria now = predicate.get();
        if (!now.tableMatches(row)) {
            table.set(ALL_TABLES);
        }
        if (!now.eventMatches(row)) {
            switch (row.eventName()) {
                case "INSERT" -> inserts.set(true);
                case "MODIFY" -> modifies.set(true);
                default -> removes.set(true);
            }
        }
        if (!now.textMatches(row)) {
            text.set("");
        }
    }
}
