package dev.streamlab.trigger.filter;

import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parser stands inside one filter's pattern, so that every rejection names the mapping, the filter
 * and the field the user has to edit (e.g. {@code dynamodb.NewImage.Email.S}).
 */
final class FilterPath {

    private final String where;
    private final List<String> fields;

    private FilterPath(String where, List<String> fields) {
        this.where = where;
        this.fields = fields;
    }

    /** The top of filter {@code number} (1-based, as the user counts) of the mapping described by {@code where}. */
    static FilterPath root(String where, int number) {
        return new FilterPath(where + ", filter " + number, List.of());
    }

    FilterPath child(String field) {
        List<String> longer = new ArrayList<>(fields);
        longer.add(field);
        return new FilterPath(where, List.copyOf(longer));
    }

    /** Branch {@code index} (1-based) of a {@code $or} list at this level. */
    FilterPath orBranch(int index) {
        return child("$or[" + index + "]");
    }

    /** A rejection at this place; {@code problemAndFix} says what is wrong and what to write instead. */
    UserInputException error(String problemAndFix) {
        return new UserInputException(describe() + ": " + problemAndFix);
    }

    private String describe() {
        return fields.isEmpty() ? where + ", Pattern" : where + ", Pattern field " + String.join(".", fields);
    }
}
