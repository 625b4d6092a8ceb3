package dev.streamlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The keyboard shortcuts as the menus define them, so the list the user sees can never drift from the keys that
 * work: each menu item with an accelerator, under its menu's name, plus the keys no menu carries.
 */
final class ShortcutList {

    /** Keys that act on a view rather than through a menu. */
    private static final List<Shortcut> VIEW_KEYS = List.of(
            new Shortcut("Delete", "Tables", "Drop the selected table"),
            new Shortcut("Enter", "Items", "Run the read (in any field of the read bar)"));

    private ShortcutList() {
    }

    /** @param menu the menu's name, e.g. "Items" */
    record Shortcut(String keys, String menu, String action) {
    }

    static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, words(menu.getText()), shortcuts);
        }
        shortcuts.addAll(VIEW_KEYS);
        return shortcuts;
    }

    private static void collect(Menu menu, String menuName, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, menuName, into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), menuName, words(item.getText())));
            }
        }
    }

    /** A menu text without its mnemonic's underscore. */
    private static String words(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
