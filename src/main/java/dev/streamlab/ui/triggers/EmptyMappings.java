package dev.streamlab.ui.triggers;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The mappings table while none runs: what to do, with the sample files one click away (the Load menu opens files). */
final class EmptyMappings {

    private EmptyMappings() {
    }

    static Node of(String sentence, List<SampleMapping> samples, Consumer<Path> load) {
        Label say = new Label(sentence);
        say.getStyleClass().add("empty-state");
        say.setWrapText(true);
        say.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(2, 0);
        buttons.setAlignment(Pos.CENTER);
        for (SampleMapping sample : samples) {
            Button button = new Button(sample.name().replace(".json", ""), new FontIcon("fth-zap"));
            button.getStyleClass().addAll("small", "flat", "sample-button");
            button.setTooltip(new Tooltip("Load " + sample.name() + ": " + sample.summary()));
            button.setOnAction(event -> load.accept(sample.file()));
            buttons.getChildren().add(button);
        }
        VBox box = new VBox(2, say, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-mappings");
        return box;
    }
}
