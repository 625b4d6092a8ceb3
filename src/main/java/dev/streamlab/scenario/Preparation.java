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

    /** e.g. "created 2 tables, seeded 6 items, started 1 mapping file", or "tables and triggers already in place". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        int items = itemsSeeded.values().stream().mapToInt(Integer::intValue).sum();
        count(parts, "created", tablesCreated.size(), "table");
        count(parts, "seeded", items, "item");
        count(parts, "started", mappingsLoaded.size(), "mapping file");
        return parts.isEmpty() ? "tables and triggers already in place" : String.join(", ", parts);
    }

    private static void count(List<String> parts, String verb, int count, String noun) {
        if (count > 0) {
            parts.add(verb + " " + count + " " + noun + (count == 1 ? "" : "s"));
        }
    }
}
