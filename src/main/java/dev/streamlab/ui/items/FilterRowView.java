package dev.streamlab.ui.items;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The controls of one filter condition, bound to its row: attribute, operator, value(s), type, and a remove. */
final class FilterRowView {

    private FilterRowView() {
    }

    static HBox of(FilterCondition row, ObservableList<String> attributesSeen, Runnable run, Runnable remove) {
        ComboBox<String> attribute = new ComboBox<>(attributesSeen);
        attribute.setEditable(true);
        attribute.setPromptText("attribute");
        attribute.setPrefWidth(118);
        attribute.setMinWidth(96);
        attribute.getStyleClass().add("filter-attribute");
        attribute.getEditor().textProperty().bindBidirectional(row.attribute());
        attribute.setTooltip(new Tooltip("The attribute to check: pick one of the columns or type any name"));

        ComboBox<FilterOperator> operator = new ComboBox<>();
        operator.getItems().setAll(FilterOperator.values());
        operator.valueProperty().bindBidirectional(row.operator());
        operator.setMinWidth(Region.USE_PREF_SIZE);
        operator.setPrefWidth(88);
        operator.getStyleClass().add("filter-operator");

        BooleanBinding oneValue = Bindings.createBooleanBinding(() -> row.operator().get().operands() > 0,
                row.operator());
        BooleanBinding twoValues = Bindings.createBooleanBinding(() -> row.operator().get().operands() > 1,
                row.operator());
        TextField value = valueField(row.value().get(), run);
        value.textProperty().bindBidirectional(row.value());
        value.getStyleClass().add("filter-value");
        value.promptTextProperty().bind(Bindings.createStringBinding(() -> prompt(row), row.operator(), row.type()));
        TextField high = valueField("", run);
        high.textProperty().bindBidirectional(row.high());
        high.setPromptText("high");
        Label and = new Label("and");
        and.getStyleClass().add("muted");
        and.setMinWidth(Label.USE_PREF_SIZE);

        ComboBox<String> type = new ComboBox<>();
        type.getItems().setAll(FilterCondition.TYPES);
        type.valueProperty().bindBidirectional(row.type());
        type.setMinWidth(Region.USE_PREF_SIZE);
        type.setPrefWidth(62);
        type.getStyleClass().add("filter-type");
        type.setTooltip(new Tooltip("The value's type: S string, N number, BOOL true/false, B base64 bytes"));

        Button removeButton = new Button(null, new FontIcon("fth-x"));
        removeButton.getStyleClass().addAll("button-icon", "flat", "small", "filter-remove");
        removeButton.setTooltip(new Tooltip("Remove this condition"));
        removeButton.setOnAction(event -> remove.run());
        removeButton.setMinWidth(Region.USE_PREF_SIZE);

        Shown.when(value, oneValue);
        Shown.when(and, twoValues);
        Shown.when(high, twoValues);
        Shown.when(type, Bindings.createBooleanBinding(() -> row.operator().get().operands() > 0
                && row.operator().get().fixedType() == null, row.operator()));
        HBox line = new HBox(6, attribute, operator, value, and, high, type, removeButton);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("filter-row");
        return line;
    }

    private static TextField valueField(String text, Runnable run) {
        TextField field = new TextField(text);
        field.setPrefWidth(90);
        field.setMinWidth(44);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnAction(event -> run.run());
        return field;
    }

    private static String prompt(FilterCondition row) {
        return switch (row.operator().get()) {
            case SIZE_EQUAL, SIZE_LESS, SIZE_GREATER -> "length";
            case TYPE_IS -> "S, N, M, L, SS…";
            default -> "value (" + row.type().get() + ")";
        };
    }
}
