package dev.streamlab.ui.tables;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Brings a list up to date with a fresh list of names in place rather than replacing it, so that a list view keeps
 * its selection and its scroll position across a refresh.
 */
final class InPlace {

    private InPlace() {
    }

    /**
     * @param names the names there are now, in order; ListTables answers in name order, so what remains after
     *              removing the missing ones is already in order
     */
    static <T> void update(ObservableList<T> list, List<String> names, Function<T, String> nameOf,
            Function<String, T> make) {
        Set<String> wanted = new HashSet<>(names);
        list.removeIf(element -> !wanted.contains(nameOf.apply(element)));
        for (int i = 0; i < names.size(); i++) {
            if (i >= list.size() || !nameOf.apply(list.get(i)).equals(names.get(i))) {
                list.add(i, make.apply(names.get(i)));
            }
        }
    }
}
