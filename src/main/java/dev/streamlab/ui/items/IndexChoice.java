package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a read goes through: the table itself or one of its indexes, shown with its keys and their types, e.g.
 * "GSI message-group-sk-index: message_group_uuid (S), sk (S)".
 */
public record IndexChoice(Optional<String> name, TableInfo.KeySchema key, String label) {

    static List<IndexChoice> of(TableInfo table) {
        List<IndexChoice> choices = new ArrayList<>();
        choices.add(new IndexChoice(Optional.empty(), table.key(), "Table: " + keys(table, table.key())));
        table.globalIndexes().forEach(index -> choices.add(choice(table, "GSI", index)));
        table.localIndexes().forEach(index -> choices.add(choice(table, "LSI", index)));
        return choices;
    }

    private static IndexChoice choice(TableInfo table, String kind, TableInfo.IndexInfo index) {
        return new IndexChoice(Optional.of(index.name()), index.key(),
                kind + " " + index.name() + ": " + keys(table, index.key()));
    }

    static String keys(TableInfo table, TableInfo.KeySchema key) {
        return String.join(", ", key.attributes().stream().map(name -> name + " (" + table.typeOf(name) + ")").toList());
    }

    /** "Table" or the index's name, where there is no room for its keys. */
    public String shortLabel() {
        return name.orElse("Table");
    }

    @Override
    public String toString() {
        return label;
    }
}
