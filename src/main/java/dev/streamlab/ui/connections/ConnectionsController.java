package dev.streamlab.ui.connections;

import dev.streamlab.connect.SavedConnection.Kind;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The connections list beside the form that edits the chosen one; the logic is the view-model's. */
public final class ConnectionsController {

    private final ConnectionsViewModel viewModel;

    @FXML
    private ListView<ConnectionEntry> connectionList;
    @FXML
    private TextField connectionName;
    @FXML
    private ChoiceBox<Kind> connectionKind;
    @FXML
    private Label endpointLabel;
    @FXML
    private TextField connectionEndpoint;
    @FXML
    private Label profileLabel;
    @FXML
    private ComboBox<String> connectionProfile;
    @FXML
    private TextField connectionRegion;
    @FXML
    private Label kindHint;
    @FXML
    private Button saveConnectionButton;
    @FXML
    private Button removeConnectionButton;
    @FXML
    private Button testConnectionButton;
    @FXML
    private Button connectButton;
    @FXML
    private Label connectionMessage;

    public ConnectionsController(ConnectionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        connectionList.setItems(viewModel.entries());
        connectionList.setCellFactory(list -> new EntryCell());
        connectionList.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, entry) -> {
                    if (entry != null && entry != viewModel.editing().get()) {
                        viewModel.edit(entry);
                    }
                });
        // After a save the form shows the saved entry: the list marks it too.
        viewModel.editing().addListener((observable, before, entry) -> {
            if (entry != null) {
                connectionList.getSelectionModel().select(entry);
            }
        });
        var form = viewModel.form();
        connectionName.textProperty().bindBidirectional(form.name());
        connectionKind.getItems().setAll(Kind.values());
        connectionKind.setConverter(new KindWords());
        connectionKind.valueProperty().bindBidirectional(form.kind());
        connectionEndpoint.textProperty().bindBidirectional(form.endpoint());
        connectionProfile.setItems(viewModel.profileNames());
        connectionProfile.getEditor().textProperty().bindBidirectional(form.profile());
        connectionRegion.textProperty().bindBidirectional(form.region());
        var embedded = form.kind().isEqualTo(Kind.EMBEDDED);
        var aws = form.kind().isEqualTo(Kind.AWS);
        connectionEndpoint.disableProperty().bind(embedded);
        connectionEndpoint.promptTextProperty().bind(Bindings.when(aws)
                .then("optional: a VPC or FIPS endpoint").otherwise("http://localhost:8000"));
        endpointLabel.disableProperty().bind(embedded);
        connectionProfile.disableProperty().bind(aws.not());
        profileLabel.disableProperty().bind(aws.not());
        connectionRegion.disableProperty().bind(embedded);
        kindHint.textProperty().bind(Bindings.createStringBinding(() -> KindWords.hint(form.kind().get()),
                form.kind()));
        removeConnectionButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.editing().get() == null || !viewModel.editing().get().removable(),
                viewModel.editing()));
        saveConnectionButton.disableProperty().bind(viewModel.busy());
        testConnectionButton.disableProperty().bind(viewModel.busy());
        connectButton.disableProperty().bind(viewModel.busy());
        connectionMessage.textProperty().bind(viewModel.message());
        viewModel.failed().addListener((observable, before, failed) -> markFailed(failed));
        viewModel.current().addListener((observable, before, now) -> connectionList.refresh());
        viewModel.reload();
    }

    private void markFailed(boolean failed) {
        connectionMessage.getStyleClass().remove("error");
        if (failed) {
            connectionMessage.getStyleClass().add("error");
        }
    }

    @FXML
    private void newConnection() {
        connectionList.getSelectionModel().clearSelection();
        viewModel.newConnection();
        connectionName.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void remove() {
        viewModel.remove();
    }

    @FXML
    private void test() {
        viewModel.test();
    }

    @FXML
    private void connect() {
        viewModel.connect();
    }

    /** Name above, where it points below; the current connection in bold. */
    private final class EntryCell extends ListCell<ConnectionEntry> {
        @Override
        protected void updateItem(ConnectionEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            var name = new Label(entry.name());
            if (entry.name().equals(viewModel.current().get())) {
                name.getStyleClass().add("current");
            }
            var details = new Label(entry.details());
            details.getStyleClass().add("details");
            details.setWrapText(true);
            // Wrap to the list's width instead of widening the cell past it.
            setPrefWidth(0);
            setGraphic(new VBox(1, name, details));
        }
    }

    private static final class KindWords extends StringConverter<Kind> {
        @Override
        public String toString(Kind kind) {
            return kind == null ? "" : switch (kind) {
                case EMBEDDED -> "Embedded DynamoDB Local";
                case LOCAL -> "Local endpoint";
                case AWS -> "AWS";
            };
        }

        @Override
        public Kind fromString(String text) {
            throw new UnsupportedOperationException("the kind is chosen, never typed");
        }

        static String hint(Kind kind) {
            return kind == null ? "" : switch (kind) {
                case EMBEDDED -> "The DynamoDB Local on localhost:8000 if one runs, else one StreamLab starts on"
                        + " 127.0.0.1:8000 with its data in ~/.streamlab/data.";
                case LOCAL -> "DynamoDB Local or another local endpoint, e.g. http://localhost:8000 or"
                        + " http://dynamodb-local:8000 in docker compose. No credentials are needed.";
                case AWS -> "Real data. Credentials come from the profile in ~/.aws (or the default chain when blank);"
                        + " StreamLab saves only the profile's name. Destructive actions ask for the table's name.";
            };
        }
    }
}
