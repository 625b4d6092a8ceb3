package dev.streamlab.ui.items;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Shows a node only while a condition holds, and takes it out of the layout otherwise (no gap left). */
final class Shown {

    private Shown() {
    }

    static void when(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
