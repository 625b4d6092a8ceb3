package dev.streamlab.ui.items;

/** The line under the editor: what just happened ("Saved at 12:03:04."), or a warning of what was refused. */
public record EditorNotice(String text, boolean warning) {

    static final EditorNotice NONE = new EditorNotice("", false);

    static EditorNotice info(String text) {
        return new EditorNotice(text, false);
    }

    static EditorNotice warning(String text) {
        return new EditorNotice(text, true);
    }
}
