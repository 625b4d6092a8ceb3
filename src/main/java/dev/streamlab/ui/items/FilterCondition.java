package dev.streamlab.ui.items;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the filter builder: an attribute, what is checked of it, the value(s) and the values' type. */
public final class FilterCondition {

    /** The types a typed value can be read as; the other types are reached with "type is" or an expression. */
    public static final List<String> TYPES = List.of("S", "N", "BOOL", "B");

    private final StringProperty attribute = new SimpleStringProperty(this, "attribute", "");
    private final ObjectProperty<FilterOperator> operator = new SimpleObjectProperty<>(this, "operator",
            FilterOperator.EQUAL);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty high = new SimpleStringProperty(this, "high", "");
    private final StringProperty type = new SimpleStringProperty(this, "type", "S");

    public StringProperty attribute() {
        return attribute;
    }

    public ObjectProperty<FilterOperator> operator() {
        return operator;
    }

    public StringProperty value() {
        return value;
    }

    /** BETWEEN's second value. */
    public StringProperty high() {
        return high;
    }

    public StringProperty type() {
        return type;
    }
}
