package dev.streamlab.ui.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The read bar as a run left it, to keep among a table's recent reads and to put back: mode, index, key
 * condition, filter (rows or expression), attributes, order and page size, or the PartiQL statement.
 *
 * @param index the index read through; empty for the table itself
 * @param keys the index's key attributes, for the words only
 */
public record ReadSnapshot(ReadMode mode, String index, List<String> keys, String partition, SortOperator sortOperator, String sortValue,
        String sortHigh, boolean filtered, boolean filterByExpression, String filter, String placeholders,
        List<Condition> conditions, boolean matchAny, String projection, boolean descending, int pageSize,
        String statement) {

    /** One filter row. */
    public record Condition(String attribute, FilterOperator operator, String value, String high, String type) {
    }

    public ReadSnapshot {
        keys = List.copyOf(keys);
        conditions = List.copyOf(conditions);
    }

    /** A read kept by an older version, or edited by hand, is null rather than shown wrong. */
    static ReadSnapshot fromJson(JsonNode json) {
        try {
            return Json.mapper().treeToValue(json, ReadSnapshot.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    JsonNode toJson() {
        return Json.mapper().valueToTree(this);
    }

    static ReadSnapshot of(ReadForm form) {
        List<Condition> rows = form.conditions().rows().stream().map(row -> new Condition(row.attribute().get(),
                row.operator().get(), row.value().get(), row.high().get(), row.type().get())).toList();
        IndexChoice index = form.index().get();
        return new ReadSnapshot(form.mode().get(), index == null ? "" : index.name().orElse(""),
                index == null ? List.of() : index.key().attributes(), form.partitionValue().get(), form.sortOperator().get(),
                form.sortValue().get(), form.sortHigh().get(), form.filtered().get(), form.filterByExpression().get(),
                form.filter().get(), form.placeholders().get(), rows, form.conditions().matchAny().get(),
                form.projection().get(), form.descending().get(), form.pageSize().get(), form.statement().get());
    }

    /** Puts the read back into the form; an index the table no longer has falls back to the table. */
    void applyTo(ReadForm form) {
        form.mode().set(mode);
        form.index().set(form.indexes().stream().filter(choice -> choice.name().orElse("").equals(index))
                .findFirst().orElse(form.indexes().isEmpty() ? null : form.indexes().get(0)));
        form.partitionValue().set(partition);
        form.sortOperator().set(sortOperator);
        form.sortValue().set(sortValue);
        form.sortHigh().set(sortHigh);
        form.filterByExpression().set(filterByExpression);
        form.filter().set(filter);
        form.placeholders().set(placeholders);
        form.conditions().rows().clear();
        conditions.forEach(condition -> {
            FilterCondition row = form.conditions().add();
            row.attribute().set(condition.attribute());
            row.operator().set(condition.operator());
            row.value().set(condition.value());
            row.high().set(condition.high());
            row.type().set(condition.type());
        });
        form.conditions().matchAny().set(matchAny);
        form.filtered().set(filtered);
        form.projection().set(projection);
        form.descending().set(descending);
        form.pageSize().set(pageSize);
        form.statement().set(statement);
    }

    /** How the read reads in a menu, e.g. "Query GSI byGroup · pk = GRP#1 · sk begins with 2023 · filter: …". */
    public String words() {
        if (mode == ReadMode.PARTIQL) {
            return "PartiQL: " + statement;
        }
        List<String> parts = new ArrayList<>();
        parts.add((mode == ReadMode.QUERY ? "Query" : "Scan") + (index.isEmpty() ? "" : " " + index));
        if (mode == ReadMode.QUERY) {
            parts.add(key(0) + " = " + partition);
            if (sortOperator != SortOperator.ANY) {
                parts.add(key(1) + " " + sortOperator + " " + sortValue + (sortOperator.operands() > 1 ? " and " + sortHigh : ""));
            }
            if (descending) {
                parts.add("descending");
            }
        }
        if (filtered) {
            parts.add("filter: " + (filterByExpression ? filter : String.join(matchAny ? " or " : " and ",
                    conditions.stream().map(ReadSnapshot::words).toList())));
        }
        if (!projection.isBlank()) {
            parts.add("attributes: " + projection);
        }
        return String.join(" · ", parts);
    }

    private String key(int which) {
        return which < keys.size() ? keys.get(which) : "key";
    }

    private static String words(Condition condition) {
        String words = condition.attribute() + " " + condition.operator();
        if (condition.operator().operands() > 0) {
            words += " " + condition.value();
        }
        if (condition.operator().operands() > 1) {
            words += " and " + condition.high();
        }
        return words;
    }
}
