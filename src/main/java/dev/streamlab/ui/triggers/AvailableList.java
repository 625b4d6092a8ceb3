package dev.streamlab.ui.triggers;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The triggers there are, each as a mapping names it with what it does. */
final class AvailableList {

    private AvailableList() {
    }

    static Node of(List<TriggerKind> kinds) {
        VBox list = new VBox(6);
        if (kinds.isEmpty()) {
            list.getChildren().add(new Label("Not connected yet: the triggers show once StreamLab is connected."));
        }
        for (TriggerKind kind : kinds) {
            Label handler = new Label(kind.handler());
            handler.getStyleClass().addAll("popup-lines", "mapping-function");
            Label description = new Label(kind.description());
            description.setWrapText(true);
            description.getStyleClass().add("muted");
            list.getChildren().add(new VBox(1, handler, description));
        }
        Label lambda = new Label("Or a Lambda handler class from --plugins: com.example.Handler::handleRequest");
        lambda.setWrapText(true);
        lambda.getStyleClass().add("muted");
        list.getChildren().add(lambda);
        list.setPrefWidth(380);
        return list;
    }
}
