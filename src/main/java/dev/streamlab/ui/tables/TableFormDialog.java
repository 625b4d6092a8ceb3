package dev.streamlab.ui.tables;

import dev.streamlab.ui.common.Choosers;
import dev.streamlab.ui.common.FxmlView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The create-table form in a dialog: Create (closes once creation started), Save as file…, Cancel. */
final class TableFormDialog {

    private static final ButtonType CREATE = new ButtonType("Create", ButtonData.OK_DONE);
    private static final ButtonType SAVE = new ButtonType("Save as file…", ButtonData.LEFT);

    private TableFormDialog() {
    }

    static void show(TableFormViewModel form, Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New table");
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setContent(load(form));
        pane.getButtonTypes().setAll(SAVE, CREATE, ButtonType.CANCEL);
        Node create = pane.lookupButton(CREATE);
        create.setId("createTableButton");
        Node save = pane.lookupButton(SAVE);
        create.disableProperty().bind(form.problem().isNotEmpty());
        save.disableProperty().bind(form.problem().isNotEmpty());
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.create();
        });
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Choosers.saveFile(pane.getScene().getWindow(), "Save the CreateTable JSON for `streamlab tables load`",
                    form.name().get().strip() + ".json",
                    List.of(new FileChooser.ExtensionFilter("CreateTable JSON (*.json)", "*.json")))
                    .ifPresent(form::saveAs);
        });
        form.created().addListener((observable, before, created) -> dialog.close());
        dialog.show();
    }

    private static Node load(TableFormViewModel form) {
        FXMLLoader loader = new FXMLLoader(FxmlView.TABLE_FORM.location());
        loader.setControllerFactory(type -> new TableFormController(form));
        try {
            return loader.load();
        } catch (IOException e) {
            // FXML ships inside the jar: failing to read it is a packaging bug, not a user mistake.
            throw new UncheckedIOException("Cannot load " + FxmlView.TABLE_FORM.path(), e);
        }
    }
}
