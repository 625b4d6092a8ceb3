package dev.streamlab.data.tables;

import java.util.List;

/**
 * A secondary index as a form holds it. A local index shares the table's partition key, so its own is ignored.
 *
 * @param projection ALL, KEYS_ONLY or INCLUDE
 * @param included   the non-key attributes an INCLUDE projection copies
 */
public record IndexDraft(boolean local, String name, KeyDraft partitionKey, KeyDraft sortKey, String projection,
        List<String> included) {

    public IndexDraft {
        included = List.copyOf(included);
    }

    public String kind() {
        return local ? "Local index" : "Global index";
    }

    public String trimmedName() {
        return name == null ? "" : name.strip();
    }
}
