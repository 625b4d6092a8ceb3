package dev.streamlab.ui.items;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks once before items are deleted; on AWS the user types the table's name, as dropping a table asks. */
final class DeleteQuestion {

    private DeleteQuestion() {
    }

    /**
     * @param header e.g. "Delete 3 items from Orders?"
     * @param detail what happens, for a local endpoint, e.g. that the editor keeps the item's JSON
     */
    static boolean ask(Window owner, boolean onAws, String table, String header, String detail) {
        if (onAws) {
            TextInputDialog ask = new TextInputDialog();
            ask.setHeaderText(header.replaceFirst("\\?$", " on AWS?"));
            ask.setContentText("This is real data and cannot be undone. Type the table's name to delete:");
            ask.initOwner(owner);
            return ask.showAndWait().map(table::equals).orElse(false);
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(header);
        ask.initOwner(owner);
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
