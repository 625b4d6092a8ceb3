package dev.streamlab.ui.stream;

import dev.streamlab.ui.stream.AttributeChange.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a MODIFY changed: the attributes added, removed and changed between OldImage and NewImage. Inside maps
 * present on both sides it names the nested attribute that changed rather than the whole map; lists and sets are
 * compared whole, sets regardless of their order.
 */
final class ImageChanges {

    private ImageChanges() {
    }

    /** In the NewImage's attribute order, then the removed ones in the OldImage's. */
    static List<AttributeChange> between(Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
        List<AttributeChange> changes = new ArrayList<>();
        compare(List.of(), oldImage, newImage, changes);
        return changes;
    }

    private static void compare(List<String> parent, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after, List<AttributeChange> changes) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String name : names) {
            List<String> path = append(parent, name);
            AttributeValue was = before.get(name);
            AttributeValue is = after.get(name);
            if (was == null) {
                changes.add(new AttributeChange(path, Kind.ADDED));
            } else if (is == null) {
                changes.add(new AttributeChange(path, Kind.REMOVED));
            } else if (was.hasM() && is.hasM()) {
                compare(path, was.m(), is.m(), changes);
            } else if (!same(was, is)) {
                changes.add(new AttributeChange(path, Kind.CHANGED));
            }
        }
    }

    private static boolean same(AttributeValue was, AttributeValue is) {
        if (was.hasSs() && is.hasSs()) {
            return new HashSet<>(was.ss()).equals(new HashSet<>(is.ss()));
        }
        if (was.hasNs() && is.hasNs()) {
            return new HashSet<>(was.ns()).equals(new HashSet<>(is.ns()));
        }
        if (was.hasBs() && is.hasBs()) {
            return new HashSet<>(was.bs()).equals(new HashSet<>(is.bs()));
        }
        return was.equals(is);
    }

    private static List<String> append(List<String> parent, String name) {
        List<String> path = new ArrayList<>(parent);
        path.add(name);
        return path;
    }
}
