package dev.streamlab.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark look. JavaFX 21 cannot tell, so this asks the system as a user would: GNOME's
 * color-scheme or GTK theme, macOS's AppleInterfaceStyle, Windows' AppsUseLightTheme. Light when none answers.
 * It runs a command: call it off the FX thread.
 */
final class SystemTheme {

    private SystemTheme() {
    }

    static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return answer(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("dark");
        }
        if (os.contains("win")) {
            return answer(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).contains("0x0");
        }
        return answer(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark")
                || answer(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).contains("dark");
    }

    /** What the command printed, in lower case; empty when it is missing, fails or takes over two seconds. */
    private static String answer(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? printed.toLowerCase(Locale.ROOT) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
