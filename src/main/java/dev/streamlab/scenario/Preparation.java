package dev.streamlab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What preparing a scenario did: the tables it created, the items it seeded per table, the mapping files whose
 * triggers it started (files already running are left as they are).
 */
public record Preparation(List<String> tablesCreated, Map<String, Integer> itemsSeeded, List<String> mappingsLoaded) {

    public Preparation {
        tablesCreated = List.copyOf(tablesCreated);
        itemsSeeded = Map.copyOf(itemsSeeded);
        mappingsLoaded = List.copyOf(mappingsLoaded);
    }

    /** e.g. "created events, reminders; seeded 6 items; started reminder-projector.json", or "all in place". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!tablesCreated.isEmpty()) {
            parts.add("created " + String.join(", ", tablesCreated));
        }
        int items = itemsSeeded.values().stream().mapToInt(Integer::intValue).sum();
        if (items > 0) {
            parts.add("seeded " + items + (items == 1 ? " item" : " items"));
        }
        if (!mappingsLoaded.isEmpty()) {
            parts.add("started " + String.join(", ", mappingsLoaded));
        }
        return parts.isEmpty() ? "tables and triggers already in place" : String.join("; ", parts);
    }
}
