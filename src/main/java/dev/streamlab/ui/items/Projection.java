package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A read's projection from the attribute names the user lists, comma-separated. Every name goes through a #name
 * placeholder, so reserved words (name, status, date…) need no care. The table's and index's key attributes are
 * always read too: the items table tells rows apart, and opens them in the editor, by their keys.
 */
record Projection(String expression, Map<String, String> names) {

    static Optional<Projection> of(String listed, TableInfo table, TableInfo.KeySchema index) {
        String text = listed == null ? "" : listed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Set<String> attributes = new LinkedHashSet<>(table.key().attributes());
        attributes.addAll(index.attributes());
        for (String name : text.split(",")) {
            String attribute = name.strip();
            if (attribute.isEmpty()) {
                throw new UserInputException("The attributes to read have an empty name in \"" + text
                        + "\": list names separated by commas, e.g. message, user_handle.");
            }
            attributes.add(attribute);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String attribute : attributes) {
            names.put("#attr" + names.size(), attribute);
        }
        return Optional.of(new Projection(names.keySet().stream().collect(Collectors.joining(", ")), names));
    }
}
