package dev.streamlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.streamlab.ui.common.FxThread;
import org.testfx.api.FxToolkit;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/streamlab/test/" + UUID.randomUUID());

    private static Stage primaryStage;

    @BeforeAll
    static void toolkit() throws Exception {
        primaryStage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theNextWindowOpensAtTheSizeAndSplitsTheLastOneWasLeftAt() throws Exception {
        FxThread.run(() -> {
            Stage first = window(0.3, 0.6);
            first.setWidth(1100);
            first.setHeight(720);
            splits(first).outer.setDividerPositions(0.25);
            splits(first).inner.setDividerPositions(0.4);
            new WindowPlacement(preferences).save(first);
        });

        FxThread.run(() -> {
            var placement = new WindowPlacement(preferences);
            Stage second = window(0.5, 0.5);
            placement.restoreSize(second, 1280, 800);
            placement.restoreSplits(second.getScene().getRoot());

            assertThat(second.getWidth()).isEqualTo(1100);
            assertThat(second.getHeight()).isEqualTo(720);
            assertThat(splits(second).outer.getDividerPositions()[0]).isEqualTo(0.25, offset(0.01));
            assertThat(splits(second).inner.getDividerPositions()[0]).as("a split inside a tab is remembered too")
                    .isEqualTo(0.4, offset(0.01));
        });
    }

    @Test
    void aFirstRunUsesTheDefaultSize() throws Exception {
        FxThread.run(() -> {
            var placement = new WindowPlacement(preferences);
            Stage stage = window(0.5, 0.5);
            placement.restoreSize(stage, 1280, 800);

            assertThat(stage.getWidth()).isEqualTo(1280);
            assertThat(stage.getHeight()).isEqualTo(800);
        });
    }

    private record Splits(SplitPane outer, SplitPane inner) {
    }

    private static Stage window(double outer, double inner) {
        var innerSplit = new SplitPane(new StackPane(), new StackPane());
        innerSplit.setId("innerSplit");
        innerSplit.setDividerPositions(inner);
        var outerSplit = new SplitPane(new StackPane(), new TabPane(new Tab("Items", innerSplit)));
        outerSplit.setId("outerSplit");
        outerSplit.setDividerPositions(outer);
        // The toolkit's own stage: a window of our own, closed again, would leave no window focused for later tests.
        var stage = primaryStage;
        stage.setScene(new Scene(outerSplit, 800, 600));
        stage.show();
        return stage;
    }

    private static Splits splits(Stage stage) {
        var outer = (SplitPane) stage.getScene().getRoot();
        var inner = (SplitPane) ((TabPane) outer.getItems().get(1)).getTabs().get(0).getContent();
        return new Splits(outer, inner);
    }
}
