package dev.streamlab.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.prefs.Preferences;

/**
 * The look the user chose: AtlantaFX's Primer light or dark, or whichever the system prefers. Remembered with the
 * window's placement; a first run follows the system.
 */
public enum ThemeChoice {
    LIGHT, DARK, SYSTEM;

    static final String KEY = "theme";

    static ThemeChoice remembered(Preferences preferences) {
        String saved = preferences.get(KEY, SYSTEM.name());
        return Arrays.stream(values()).filter(choice -> choice.name().equals(saved)).findFirst().orElse(SYSTEM);
    }

    void remember(Preferences preferences) {
        preferences.put(KEY, name());
    }

    /** The user agent stylesheet of this choice, with the system's preference where it follows the system. */
    static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
