package dev.streamlab.ui.stream;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * "Follow" like a terminal: new rows scroll into view only while the user is at the bottom. A gesture upwards (wheel,
 * arrow or page keys, grabbing the scroll bar) stops following at once, before the next rows can pull the view back
 * down; a gesture downwards that ends at the bottom resumes it. Rows arriving never change it.
 */
final class FollowScroll {

    private final TableView<?> table;
    private final BooleanProperty following;
    private boolean scrollPending;

    private FollowScroll(TableView<?> table, BooleanProperty following) {
        this.table = table;
        this.following = following;
    }

    static void install(TableView<?> table, BooleanProperty following) {
        var follow = new FollowScroll(table, following);
        table.getItems().addListener((ListChangeListener<Object>) change -> follow.rowsChanged());
        table.addEventFilter(ScrollEvent.SCROLL, event -> follow.moved(event.getDeltaY() > 0));
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, PAGE_UP, HOME -> follow.moved(true);
                case DOWN, PAGE_DOWN, END -> follow.moved(false);
                default -> { }
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (onScrollBar(event)) {
                follow.moved(true);
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (onScrollBar(event)) {
                follow.moved(false);
            }
        });
        following.addListener((observable, before, now) -> {
            if (now) {
                follow.scrollToEnd();
            }
        });
    }

    /**
     * Scrolls once the table has counted the new rows: its skin counts them when it is next laid out, so it is laid
     * out first (scrolling earlier stops at the old last row). One scroll for however many batches came meanwhile.
     */
    private void rowsChanged() {
        if (following.get() && !scrollPending) {
            scrollPending = true;
            Platform.runLater(() -> {
                scrollPending = false;
                if (following.get()) {
                    table.layout();
                    scrollToEnd();
                }
            });
        }
    }

    private void moved(boolean up) {
        if (up) {
            following.set(false);
        } else if (!following.get()) {
            // Measured once the table has handled the gesture, when its rows are where the user left them.
            Platform.runLater(() -> following.set(atBottom()));
        }
    }

    private boolean atBottom() {
        int rows = table.getItems().size();
        IndexedCell<?> last = flow() == null ? null : flow().getLastVisibleCell();
        return rows == 0 || last == null || last.getIndex() >= rows - 1;
    }

    /** The very end, the last row at the bottom (TableView.scrollTo(last) would aim it at the top). */
    private void scrollToEnd() {
        VirtualFlow<?> flow = flow();
        if (flow != null && !table.getItems().isEmpty()) {
            flow.setPosition(1);
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private static boolean onScrollBar(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }
}
