package dev.streamlab.ui.stream;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Shows the detail pane below the records only while it has something to show, so that the records get the whole
 * height otherwise; the divider comes back where the user last left it.
 */
final class DetailsSplit {

    private static final double FIRST_DIVIDER = 0.45;

    private final SplitPane split;
    private final Node details;
    private double divider = FIRST_DIVIDER;

    private DetailsSplit(SplitPane split, Node details) {
        this.split = split;
        this.details = details;
    }

    static void install(SplitPane split, Node details, ObservableBooleanValue wanted) {
        var toggle = new DetailsSplit(split, details);
        toggle.show(wanted.get());
        wanted.addListener((observable, before, now) -> toggle.show(now));
    }

    private void show(boolean shown) {
        boolean showing = split.getItems().contains(details);
        if (shown && !showing) {
            split.getItems().add(details);
            split.setDividerPositions(divider);
        } else if (!shown && showing) {
            divider = split.getDividerPositions()[0];
            split.getItems().remove(details);
        }
    }
}
