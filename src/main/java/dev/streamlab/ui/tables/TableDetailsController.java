package dev.streamlab.ui.tables;

import dev.streamlab.ui.tables.TableDetails.IndexRow;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The selected table's keys, indexes, stream, TTL and size. */
public final class TableDetailsController {

    private final TablesViewModel viewModel;

    @FXML
    private Node placeholder;
    @FXML
    private Node detailsPane;
    @FXML
    private Label tableName;
    @FXML
    private Label tableStatus;
    @FXML
    private Label partitionKey;
    @FXML
    private Label sortKey;
    @FXML
    private Label stream;
    @FXML
    private TextField streamArn;
    @FXML
    private Label ttl;
    @FXML
    private Label items;
    @FXML
    private Label size;
    @FXML
    private TableView<IndexRow> indexTable;
    @FXML
    private TableColumn<IndexRow, String> indexNameColumn;
    @FXML
    private TableColumn<IndexRow, String> indexKindColumn;
    @FXML
    private TableColumn<IndexRow, String> indexKeyColumn;
    @FXML
    private TableColumn<IndexRow, String> indexProjectionColumn;

    public TableDetailsController(TablesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        column(indexNameColumn, IndexRow::name);
        column(indexKindColumn, IndexRow::kind);
        column(indexKeyColumn, IndexRow::key);
        column(indexProjectionColumn, IndexRow::projection);
        detailsPane.visibleProperty().bind(viewModel.details().isNotNull());
        placeholder.visibleProperty().bind(viewModel.details().isNull());
        viewModel.details().addListener((observable, before, now) -> show(now));
    }

    private void show(TableDetails details) {
        if (details == null) {
            return;
        }
        tableName.setText(details.name());
        tableStatus.setText(details.status());
        tableStatus.getStyleClass().removeAll("success", "warning");
        tableStatus.getStyleClass().add("ACTIVE".equals(details.status()) ? "success" : "warning");
        partitionKey.setText(details.partitionKey());
        sortKey.setText(details.sortKey());
        stream.setText(details.stream());
        streamArn.setText(details.streamArn());
        ttl.setText(details.ttl());
        items.setText(details.items());
        size.setText(details.size());
        indexTable.getItems().setAll(details.indexes());
    }

    private static void column(TableColumn<IndexRow, String> column, Function<IndexRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
