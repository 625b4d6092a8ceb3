package dev.streamlab.ui.shell;

/**
 * What the menu and its keyboard shortcuts do, given by the views that do it, so the shell needs no view's classes.
 */
public record ShellActions(Runnable refresh, Runnable searchTables, Runnable newItem, Runnable saveItem,
        Runnable openTab, Runnable closeTab, Runnable step, Runnable togglePauseAll, Runnable resumeAll) {
}
