package dev.streamlab.ui.tables;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Asks before a table is dropped or purged; on AWS the button waits until the table's name is typed exactly. */
final class ConfirmationDialog {

    private ConfirmationDialog() {
    }

    /** @return what the user typed (the table's name where nothing is asked), once Drop or Purge was pressed */
    static Optional<String> ask(Window owner, TableConfirmation confirmation) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(confirmation.title());
        dialog.setHeaderText(confirmation.question());
        FontIcon warning = new FontIcon("fth-alert-triangle");
        warning.getStyleClass().add(Styles.DANGER);
        warning.setIconSize(28);
        dialog.setGraphic(warning);
        ButtonType drop = new ButtonType(confirmation.verb(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(drop, ButtonType.CANCEL);

        Label consequence = new Label(confirmation.consequence());
        consequence.setWrapText(true);
        TextField typedName = new TextField();
        typedName.setId("dropTableName");
        typedName.setPromptText(confirmation.table());
        VBox content = new VBox(10, consequence);
        if (confirmation.requiresTypedName()) {
            content.getChildren().add(typedName);
            Platform.runLater(typedName::requestFocus);
        }
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);

        Button dropButton = (Button) dialog.getDialogPane().lookupButton(drop);
        dropButton.getStyleClass().add(Styles.DANGER);
        dropButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !confirmation.accepts(typed(confirmation, typedName)), typedName.textProperty()));
        // Enter must not drop by accident: only once a name was typed on purpose.
        dropButton.setDefaultButton(confirmation.requiresTypedName());
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setDefaultButton(!confirmation.requiresTypedName());
        dialog.setResultConverter(button -> button == drop ? typed(confirmation, typedName) : null);
        return dialog.showAndWait();
    }

    private static String typed(TableConfirmation confirmation, TextField typedName) {
        return confirmation.requiresTypedName() ? typedName.getText() : confirmation.table();
    }
}
