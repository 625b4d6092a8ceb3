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
            list.getChildren().add(new TitledLines().wrapped().show(kind.handler(), kind.description()));
        }
        Label lambda = new Label("Or a Lambda handler class from --plugins: com.example.Handler::handleRequest");
        lambda.setWrapText(true);
        lambda.getStyleClass().add("muted");
        list.getChildren().add(lambda);
        list.setPrefWidth(380);
        return list;
    }
}
