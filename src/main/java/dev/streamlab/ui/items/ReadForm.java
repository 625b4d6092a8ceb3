package dev.streamlab.ui.items;

import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.TableInfo;
import dev.streamlab.model.UserInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read bar: scan or query, through the table or an index, the key condition, the filter, the order and the
 * page size, as the user left them; {@link #request} turns them into a page request or one sentence on what is
 * missing. Used on the FX thread.
 */
public final class ReadForm {

    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 250, 500, 1000);

    private final ObjectProperty<ReadMode> mode = new SimpleObjectProperty<>(this, "mode", ReadMode.SCAN);
    private final ObservableList<IndexChoice> indexes = FXCollections.observableArrayList();
    private final ObjectProperty<IndexChoice> index = new SimpleObjectProperty<>(this, "index");
    private final StringProperty partitionValue = new SimpleStringProperty(this, "partitionValue", "");
    private final ObjectProperty<SortOperator> sortOperator = new SimpleObjectProperty<>(this, "sortOperator",
            SortOperator.ANY);
    private final StringProperty sortValue = new SimpleStringProperty(this, "sortValue", "");
    private final StringProperty sortHigh = new SimpleStringProperty(this, "sortHigh", "");
    private final BooleanProperty filtered = new SimpleBooleanProperty(this, "filtered");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty placeholders = new SimpleStringProperty(this, "placeholders", "");
    private final BooleanProperty filterByExpression = new SimpleBooleanProperty(this, "filterByExpression");
    private final FilterConditions conditions = new FilterConditions();
    private final StringProperty projection = new SimpleStringProperty(this, "projection", "");
    private final StringProperty statement = new SimpleStringProperty(this, "statement", "");
    private final BooleanProperty descending = new SimpleBooleanProperty(this, "descending");
    private final ObjectProperty<Integer> pageSize = new SimpleObjectProperty<>(this, "pageSize",
            ItemPageRequest.DEFAULT_PAGE_SIZE);
    private final Map<String, String> types = new HashMap<>();
    private final StringBinding partitionLabel = keyLabel(true);
    private final StringBinding sortLabel = keyLabel(false);
    private final StringBinding partitionPrompt = keyPrompt(true, "");
    private final StringBinding sortPrompt = keyPrompt(false, "value");
    private final StringBinding highPrompt = keyPrompt(false, "high");

    ReadForm() {
        typesSeen(attribute -> Optional.empty());
        // Turning the filter on shows a row to fill in, not an empty builder.
        filtered.addListener((observable, was, on) -> {
            if (on && conditions.rows().isEmpty()) {
                conditions.add();
            }
        });
    }

    /** Where a filter row's type comes from for attributes that are not keys: e.g. the items read. */
    void typesSeen(Function<String, Optional<String>> seen) {
        conditions.typesFrom(attribute -> types.containsKey(attribute) ? Optional.of(types.get(attribute))
                : seen.apply(attribute));
    }

    /** Back to a scan of the whole table, for a table just selected. */
    void reset(TableInfo table) {
        types.clear();
        types.putAll(table.attributeTypes());
        indexes.setAll(IndexChoice.of(table));
        index.set(indexes.get(0));
        mode.set(ReadMode.SCAN);
        partitionValue.set("");
        sortOperator.set(SortOperator.ANY);
        sortValue.set("");
        sortHigh.set("");
        filtered.set(false);
        filter.set("");
        placeholders.set("");
        conditions.rows().clear();
        conditions.matchAny().set(false);
        projection.set("");
        statement.set("SELECT * FROM \"" + table.name() + "\"");
        descending.set(false);
    }

    ItemPageRequest request(TableInfo table) {
        IndexChoice through = index.get() == null ? IndexChoice.of(table).get(0) : index.get();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        Optional<String> keyCondition = Optional.empty();
        if (mode.get() == ReadMode.QUERY) {
            KeyCondition condition = KeyCondition.of(table, through.key(), partitionValue.get(), sortOperator.get(),
                    sortValue.get(), sortHigh.get());
            keyCondition = Optional.of(condition.expression());
            names.putAll(condition.names());
            values.putAll(condition.values());
        }
        Optional<String> filterExpression = Optional.empty();
        if (filtered.get()) {
            FilterExpression parsed = filterByExpression.get()
                    ? FilterExpression.parse(filter.get(), placeholders.get())
                    : conditions.expression();
            filterExpression = Optional.of(parsed.expression());
            merge(names, parsed.placeholders().names());
            merge(values, parsed.placeholders().values());
        }
        Optional<String> projected = Projection.of(projection.get(), table, through.key())
                .map(chosen -> {
                    merge(names, chosen.names());
                    return chosen.expression();
                });
        return new ItemPageRequest(table.name(), through.name(), keyCondition, filterExpression, projected,
                new Expressions(names, values), mode.get() == ReadMode.QUERY && descending.get(), pageSize.get(),
                Optional.empty());
    }

    private static <V> void merge(Map<String, V> into, Map<String, V> filterPlaceholders) {
        filterPlaceholders.keySet().stream().filter(into::containsKey).findFirst().ifPresent(clash -> {
            throw new UserInputException("The key condition already uses " + clash
                    + ": give the filter's placeholder another name.");
        });
        into.putAll(filterPlaceholders);
    }

    /** e.g. "Id =" for the partition key, "Amount" for the sort key; empty without one. */
    private StringBinding keyLabel(boolean partition) {
        return Bindings.createStringBinding(() -> keyName(partition).map(key -> partition ? key + " =" : key)
                .orElse(""), index);
    }

    /** What a key value is typed as: "a number (N)" for the partition key, e.g. "value (N)" for the sort key. */
    private StringBinding keyPrompt(boolean partition, String sortWord) {
        return Bindings.createStringBinding(() -> keyName(partition).map(key -> {
            String type = types.getOrDefault(key, "S");
            if (!partition) {
                return sortWord + " (" + type + ")";
            }
            return switch (type) {
                case "N" -> "a number (N)";
                case "B" -> "base64 (B)";
                default -> "a string (S)";
            };
        }).orElse(""), index);
    }

    private Optional<String> keyName(boolean partition) {
        IndexChoice chosen = index.get();
        if (chosen == null) {
            return Optional.empty();
        }
        return partition ? Optional.of(chosen.key().partitionKey()) : chosen.key().sortKey();
    }

    public ObjectProperty<ReadMode> mode() {
        return mode;
    }

    public ObservableList<IndexChoice> indexes() {
        return indexes;
    }

    public ObjectProperty<IndexChoice> index() {
        return index;
    }

    public StringProperty partitionValue() {
        return partitionValue;
    }

    public ObjectProperty<SortOperator> sortOperator() {
        return sortOperator;
    }

    public StringProperty sortValue() {
        return sortValue;
    }

    public StringProperty sortHigh() {
        return sortHigh;
    }

    public BooleanProperty filtered() {
        return filtered;
    }

    public StringProperty filter() {
        return filter;
    }

    public StringProperty placeholders() {
        return placeholders;
    }

    /** True: the filter is the expression typed; false: the condition rows. */
    public BooleanProperty filterByExpression() {
        return filterByExpression;
    }

    public FilterConditions conditions() {
        return conditions;
    }

    /** The attributes to read, e.g. "message, user_handle"; empty reads them all. */
    public StringProperty projection() {
        return projection;
    }

    /** The PartiQL mode's statement; a table just selected starts with SELECT * FROM it. */
    public StringProperty statement() {
        return statement;
    }

    public BooleanProperty descending() {
        return descending;
    }

    public ObjectProperty<Integer> pageSize() {
        return pageSize;
    }

    public StringBinding partitionLabel() {
        return partitionLabel;
    }

    /** Empty when the chosen table or index has no sort key. */
    public StringBinding sortLabel() {
        return sortLabel;
    }

    public StringBinding partitionPrompt() {
        return partitionPrompt;
    }

    public StringBinding sortPrompt() {
        return sortPrompt;
    }

    /** BETWEEN's second value. */
    public StringBinding highPrompt() {
        return highPrompt;
    }
}
