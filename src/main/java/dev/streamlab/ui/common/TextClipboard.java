package dev.streamlab.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard, as the copy menus do. Used on the FX thread. */
public final class TextClipboard {

    private TextClipboard() {
    }

    public static void copy(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
