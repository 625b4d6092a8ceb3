package dev.streamlab.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.WindowUnderTest;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dark theme, chosen from the View menu in the real window, and remembered for the next start. */
class ThemeWindowTest {

    private final FxRobot robot = new FxRobot();
    private WindowUnderTest window;

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDarkThemeChosenFromTheViewMenuDarkensEveryView(@TempDir Path state) throws Exception {
        window = WindowUnderTest.start(state);

        robot.clickOn("View");
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        ListView<?> tables = robot.lookup("#tableList").queryListView();
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> brightness(tables) < 0.3);
    }

    @Test
    void theChoiceIsRememberedForTheNextStart() throws Exception {
        FxThread.start();
        Preferences preferences = Preferences.userRoot().node("streamlab-test-" + UUID.randomUUID());
        try {
            FxThread.run(() -> new Themes(preferences, Runnable::run, Runnable::run).choose(ThemeChoice.DARK));
            var next = new Themes(preferences, Runnable::run, Runnable::run);

            FxThread.run(next::applyRemembered);

            assertThat(next.choice().get()).isEqualTo(ThemeChoice.DARK);
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        } finally {
            preferences.removeNode();
        }
    }

    /** The colour behind a view: the background of the nearest node that paints one. */
    private static double brightness(Node view) {
        for (Node node = view; node != null; node = node.getParent()) {
            if (node instanceof Region region && region.getBackground() != null
                    && !region.getBackground().getFills().isEmpty()
                    && region.getBackground().getFills().get(0).getFill() instanceof Color color
                    && color.getOpacity() > 0) {
                return color.getBrightness();
            }
        }
        return 1;
    }
}
