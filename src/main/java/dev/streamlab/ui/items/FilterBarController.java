package dev.streamlab.ui.items;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The read's filter: a row per condition, or the expression typed whole; Enter in any field runs the read. */
public final class FilterBarController {

    static final String MATCH_ALL = "match all";
    static final String MATCH_ANY = "match any";

    private final ItemsViewModel viewModel;
    private final ReadForm form;
    @FXML
    private ToggleButton conditionsToggle;
    @FXML
    private ToggleButton expressionToggle;
    @FXML
    private ComboBox<String> matchChoice;
    @FXML
    private Button addConditionButton;
    @FXML
    private VBox conditionRows;
    @FXML
    private HBox expressionRow;
    @FXML
    private TextField filterField;
    @FXML
    private TextField placeholdersField;

    public FilterBarController(ItemsViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
    }

    @FXML
    private void initialize() {
        ToggleGroup styles = new ToggleGroup();
        styles.getToggles().setAll(conditionsToggle, expressionToggle);
        styles.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                styles.selectToggle(before);
            } else {
                form.filterByExpression().set(now == expressionToggle);
            }
        });
        form.filterByExpression().addListener((observable, was, typed) ->
                styles.selectToggle(typed ? expressionToggle : conditionsToggle));
        var byExpression = form.filterByExpression();
        Shown.when(expressionRow, byExpression);
        Shown.when(conditionRows, byExpression.not());
        Shown.when(matchChoice, byExpression.not());
        Shown.when(addConditionButton, byExpression.not());
        matchChoice.getItems().setAll(MATCH_ALL, MATCH_ANY);
        matchChoice.setValue(form.conditions().matchAny().get() ? MATCH_ANY : MATCH_ALL);
        matchChoice.valueProperty().addListener((observable, before, now) ->
                form.conditions().matchAny().set(MATCH_ANY.equals(now)));
        form.conditions().matchAny().addListener((observable, was, any) ->
                matchChoice.setValue(any ? MATCH_ANY : MATCH_ALL));
        filterField.textProperty().bindBidirectional(form.filter());
        placeholdersField.textProperty().bindBidirectional(form.placeholders());
        filterField.setOnAction(event -> viewModel.read());
        placeholdersField.setOnAction(event -> viewModel.read());
        form.conditions().rows().addListener((ListChangeListener<FilterCondition>) change -> showRows());
        showRows();
    }

    @FXML
    private void addCondition() {
        form.conditions().add();
        Node added = conditionRows.getChildren().get(conditionRows.getChildren().size() - 1);
        added.lookup(".filter-attribute").requestFocus();
    }

    private void showRows() {
        conditionRows.getChildren().setAll(form.conditions().rows().stream()
                .map(row -> FilterRowView.of(row, viewModel.columns(), viewModel::read,
                        () -> form.conditions().rows().remove(row)))
                .toList());
    }
}
