package dev.streamlab.ui.triggers;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A bold first line (a function, a batch, a trigger) over a muted second line that says more about it. */
final class TitledLines extends VBox {

    private final Label title = new Label();
    private final Label detail = new Label();

    TitledLines() {
        super(1);
        title.getStyleClass().add("mapping-function");
        detail.getStyleClass().add("muted");
        getChildren().setAll(title, detail);
    }

    /** Lets the second line wrap instead of ending in an ellipsis. */
    TitledLines wrapped() {
        detail.setWrapText(true);
        return this;
    }


    TitledLines show(String titleText, String detailText) {
        title.setText(titleText);
        detail.setText(detailText);
        return this;
    }
}
