package dev.streamlab.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Remembers the window's size and place, and every split's divider positions (any SplitPane with an id), between
 * runs, in the user's preferences.
 */
final class WindowPlacement {

    private final Preferences preferences;

    WindowPlacement(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Before the stage is shown: the size it had, or the default. */
    void restoreSize(Stage stage, double width, double height) {
        stage.setWidth(preferences.getDouble("width", width));
        stage.setHeight(preferences.getDouble("height", height));
        double x = preferences.getDouble("x", Double.NaN);
        double y = preferences.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(preferences.getBoolean("maximized", false));
    }

    /** After the views are laid out: each split where the user left it. */
    void restoreSplits(Parent root) {
        forEachSplit(root, split -> {
            String saved = preferences.get("split." + split.getId(), null);
            if (saved != null) {
                String[] positions = saved.split(",");
                if (positions.length == split.getDividers().size()) {
                    for (int i = 0; i < positions.length; i++) {
                        split.setDividerPosition(i, Double.parseDouble(positions[i]));
                    }
                }
            }
        });
    }

    void save(Stage stage) {
        preferences.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.putDouble("width", stage.getWidth());
            preferences.putDouble("height", stage.getHeight());
            preferences.putDouble("x", stage.getX());
            preferences.putDouble("y", stage.getY());
        }
        forEachSplit(stage.getScene().getRoot(), split -> {
            StringBuilder positions = new StringBuilder();
            for (double position : split.getDividerPositions()) {
                positions.append(positions.isEmpty() ? "" : ",").append(position);
            }
            preferences.put("split." + split.getId(), positions.toString());
        });
    }

    private static void forEachSplit(Node node, Consumer<SplitPane> action) {
        if (node instanceof SplitPane split) {
            if (split.getId() != null) {
                action.accept(split);
            }
            split.getItems().forEach(item -> forEachSplit(item, action));
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull)
                    .forEach(content -> forEachSplit(content, action));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> forEachSplit(child, action));
        }
    }
}
