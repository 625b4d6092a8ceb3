package dev.streamlab.ui.tables;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One table of the list: its name at once, its summary once a background DescribeTable answers. Each request gets
 * a ticket, so an answer that was overtaken by a newer request never overwrites it.
 */
public final class TableEntry {

    private final String name;
    private final ReadOnlyObjectWrapper<TableSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private long latestTicket;

    TableEntry(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Null until the table has been described. */
    public ReadOnlyObjectProperty<TableSummary> summary() {
        return summary.getReadOnlyProperty();
    }

    long request() {
        return ++latestTicket;
    }

    void show(long ticket, TableSummary described) {
        if (ticket == latestTicket) {
            summary.set(described);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
