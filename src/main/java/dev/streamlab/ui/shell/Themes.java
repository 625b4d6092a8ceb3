package dev.streamlab.ui.shell;

import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Applies the theme choice to the whole application, and remembers it. Following the system asks it in the
 * background and applies its answer when it comes; meanwhile the window is light.
 */
final class Themes {

    private final Preferences preferences;
    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    /** The dark theme is on, whichever way it was chosen. */
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");

    Themes(Preferences preferences, Executor background, Executor fxThread) {
        this.preferences = preferences;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Applies the remembered choice (the system's on a first run). */
    void applyRemembered() {
        choose(ThemeChoice.remembered(preferences));
    }

    void choose(ThemeChoice chosen) {
        choice.set(chosen);
        chosen.remember(preferences);
        switch (chosen) {
            case LIGHT -> apply(false);
            case DARK -> apply(true);
            case SYSTEM -> {
                // Light (or as it was) until the system answers, never JavaFX's own Modena.
                apply(dark.get());
                background.execute(() -> {
                    boolean prefersDark = SystemTheme.prefersDark();
                    fxThread.execute(() -> {
                        if (choice.get() == ThemeChoice.SYSTEM) {
                            apply(prefersDark);
                        }
                    });
                });
            }
        }
    }

    ReadOnlyObjectProperty<ThemeChoice> choice() {
        return choice.getReadOnlyProperty();
    }

    private void apply(boolean darkTheme) {
        dark.set(darkTheme);
        Application.setUserAgentStylesheet(ThemeChoice.stylesheet(darkTheme));
    }
}
