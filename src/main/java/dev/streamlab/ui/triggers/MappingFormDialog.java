package dev.streamlab.ui.triggers;

import dev.streamlab.ui.common.FxmlView;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The add-mapping form in a dialog: Add and start (closes once it runs), Save as mapping file…, Cancel. */
final class MappingFormDialog {

    private static final ButtonType ADD = new ButtonType("Add and start", ButtonData.OK_DONE);
    private static final ButtonType SAVE = new ButtonType("Save as mapping file…", ButtonData.LEFT);

    private static final double WIDTH = 760;

    private MappingFormDialog() {
    }

    static void show(MappingFormViewModel form, Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add mapping");
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setContent(load(form));
        // The property names are AWS's own, and long: the form needs this width to show them whole.
        pane.setMinWidth(WIDTH);
        pane.getButtonTypes().setAll(SAVE, ADD, ButtonType.CANCEL);
        Node add = pane.lookupButton(ADD);
        Node save = pane.lookupButton(SAVE);
        add.disableProperty().bind(form.problem().isNotEmpty().or(form.busy()));
        save.disableProperty().bind(form.problem().isNotEmpty());
        // Both stay open: Add closes once the mapping runs (a failure shows in the form), Save after its chooser.
        add.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.add();
        });
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            saveAs(form, pane.getScene().getWindow());
        });
        form.added().addListener((observable, before, added) -> dialog.close());
        dialog.show();
    }

    private static Node load(MappingFormViewModel form) {
        FXMLLoader loader = new FXMLLoader(FxmlView.MAPPING_FORM.location());
        loader.setControllerFactory(type -> new MappingFormController(form));
        try {
            return loader.load();
        } catch (IOException e) {
            // FXML ships inside the jar: failing to read it is a packaging bug, not a user mistake.
            throw new UncheckedIOException("Cannot load " + FxmlView.MAPPING_FORM.path(), e);
        }
    }

    private static void saveAs(MappingFormViewModel form, Window owner) {
        var chooser = new FileChooser();
        chooser.setTitle("Save as mapping file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mapping files (*.json)", "*.json"));
        chooser.setInitialFileName(form.functionName().get().strip() + ".json");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            form.saveAs(file.toPath());
        }
    }
}
