package dev.streamlab.ui.tables;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The create-table form: fields bound to the view-model, a row per index, and the JSON beside them. */
public final class TableFormController {

    private static final String ON_DEMAND = "On-demand";
    private static final String PROVISIONED = "Provisioned (read, write units)";

    private final TableFormViewModel viewModel;

    @FXML
    private TextField tableNameField;
    @FXML
    private TextField partitionKeyField;
    @FXML
    private ChoiceBox<String> partitionTypeChoice;
    @FXML
    private TextField sortKeyField;
    @FXML
    private ChoiceBox<String> sortTypeChoice;
    @FXML
    private ChoiceBox<String> billingChoice;
    @FXML
    private TextField readUnitsField;
    @FXML
    private TextField writeUnitsField;
    @FXML
    private ChoiceBox<String> streamChoice;
    @FXML
    private TextField ttlField;
    @FXML
    private VBox indexRows;
    @FXML
    private Label tableFormProblem;
    @FXML
    private Label tableFormSaved;
    @FXML
    private TextArea tableJson;

    public TableFormController(TableFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tableNameField.textProperty().bindBidirectional(viewModel.name());
        partitionKeyField.textProperty().bindBidirectional(viewModel.partitionName());
        sortKeyField.textProperty().bindBidirectional(viewModel.sortName());
        choices(partitionTypeChoice, TableFormViewModel.KEY_TYPES).valueProperty()
                .bindBidirectional(viewModel.partitionType());
        choices(sortTypeChoice, TableFormViewModel.KEY_TYPES).valueProperty().bindBidirectional(viewModel.sortType());
        choices(billingChoice, List.of(ON_DEMAND, PROVISIONED)).setValue(ON_DEMAND);
        billingChoice.valueProperty().addListener((observable, before, now) ->
                viewModel.provisioned().set(PROVISIONED.equals(now)));
        readUnitsField.textProperty().bindBidirectional(viewModel.readUnits());
        writeUnitsField.textProperty().bindBidirectional(viewModel.writeUnits());
        readUnitsField.visibleProperty().bind(viewModel.provisioned());
        writeUnitsField.visibleProperty().bind(viewModel.provisioned());
        List<String> streams = new ArrayList<>(List.of(TableActions.STREAM_OFF));
        streams.addAll(TableActions.VIEW_TYPES);
        choices(streamChoice, streams).valueProperty().bindBidirectional(viewModel.streamView());
        ttlField.textProperty().bindBidirectional(viewModel.ttl());
        tableJson.textProperty().bind(viewModel.json());
        tableJson.opacityProperty().bind(Bindings.when(viewModel.problem().isEmpty()).then(1.0).otherwise(0.5));
        tableFormProblem.textProperty().bind(viewModel.problem());
        tableFormSaved.textProperty().bind(viewModel.saved());
        Platform.runLater(tableNameField::requestFocus);
        viewModel.indexes().addListener((ListChangeListener<IndexForm>) change -> {
            // Typing in an index changes the list too (its fields are watched): only rows added or removed redraw.
            boolean rowsChanged = false;
            boolean added = false;
            while (change.next()) {
                rowsChanged |= change.wasAdded() || change.wasRemoved();
                added |= change.wasAdded();
            }
            if (rowsChanged) {
                showIndexes();
            }
            if (added) {
                // A new index starts with its name.
                indexRows.lookup("#indexName" + (viewModel.indexes().size() - 1)).requestFocus();
            }
        });
    }

    @FXML
    private void addGlobalIndex() {
        viewModel.addIndex(false);
    }

    @FXML
    private void addLocalIndex() {
        viewModel.addIndex(true);
    }

    private void showIndexes() {
        indexRows.getChildren().clear();
        for (int i = 0; i < viewModel.indexes().size(); i++) {
            indexRows.getChildren().add(new IndexRowView(viewModel, viewModel.indexes().get(i), i));
        }
    }

    static <T> ChoiceBox<T> choices(ChoiceBox<T> box, List<T> values) {
        box.getItems().setAll(values);
        return box;
    }

    /** One index: its kind, name, keys and projection on a line, with a button that removes it. */
    private static final class IndexRowView extends VBox {
        IndexRowView(TableFormViewModel form, IndexForm index, int row) {
            super(4);
            getStyleClass().add("index-row");
            TextField name = field(index.name(), "name, e.g. ByEmail", "indexName" + row, 140);
            TextField partition = field(index.partitionName(), index.local() ? "the table's" : "partition key",
                    "indexPartitionKey" + row, 120);
            partition.setDisable(index.local());
            TextField sort = field(index.sortName(), index.local() ? "sort key" : "sort key (optional)",
                    "indexSortKey" + row, 120);
            ChoiceBox<String> partitionType = choices(new ChoiceBox<>(), TableFormViewModel.KEY_TYPES);
            partitionType.valueProperty().bindBidirectional(index.partitionType());
            partitionType.setDisable(index.local());
            ChoiceBox<String> sortType = choices(new ChoiceBox<>(), TableFormViewModel.KEY_TYPES);
            sortType.valueProperty().bindBidirectional(index.sortType());
            ChoiceBox<String> projection = choices(new ChoiceBox<>(), TableFormViewModel.PROJECTIONS);
            projection.valueProperty().bindBidirectional(index.projection());
            TextField included = field(index.included(), "attributes it copies: a, b", "indexIncluded" + row, 200);
            included.visibleProperty().bind(index.projection().isEqualTo("INCLUDE"));
            included.managedProperty().bind(included.visibleProperty());
            Button remove = new Button("Remove");
            remove.setOnAction(event -> form.removeIndex(index));
            Label kind = new Label(index.local() ? "Local index" : "Global index");
            kind.getStyleClass().add("badge");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(partition, Priority.ALWAYS);
            HBox.setHgrow(sort, Priority.ALWAYS);
            HBox.setHgrow(included, Priority.ALWAYS);
            var title = line(kind, name, remove);
            var keys = line(partition, partitionType, sort, sortType);
            var rest = line(new Label("Projection"), projection, included);
            getChildren().addAll(title, keys, rest);
        }

        private static HBox line(Node... nodes) {
            HBox line = new HBox(6, nodes);
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }

        private static TextField field(StringProperty value, String prompt, String id,
                double width) {
            TextField field = new TextField();
            field.setId(id);
            field.setPromptText(prompt);
            field.setPrefWidth(width);
            field.textProperty().bindBidirectional(value);
            return field;
        }
    }
}
