package dev.streamlab.ui.triggers;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A small popup beside a control with a title and some lines, closed by a click elsewhere or Escape. */
final class TextPopup {

    private TextPopup() {
    }

    static void show(Node anchor, String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, heading, body);
        box.getStyleClass().add("text-popup");
        box.setMaxWidth(420);
        var item = new CustomMenuItem(box, false);
        var menu = new ContextMenu(item);
        menu.show(anchor, Side.BOTTOM, 0, 0);
    }

    static Label lines(String text) {
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("popup-lines");
        return body;
    }
}
