package dev.streamlab.app;

import dev.streamlab.cli.Cli;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.StreamLabApplication;
import dev.streamlab.ui.WindowOptions;
import java.util.List;

/**
 * The entry point: no argument, or only the window's options, opens the window; a command runs headless. Not a
 * JavaFX Application itself, so the shaded jar starts without the JavaFX launcher's module checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (WindowOptions.areForTheWindow(args)) {
            try {
                WindowOptions.parse(List.of(args));
            } catch (UserInputException e) {
                System.exit(Cli.usageError(e.getMessage()));
            }
            StreamLabApplication.launchWindow(args);
            // DynamoDB Local leaves a non-daemon shard-rollover thread behind that would keep the JVM alive.
            System.exit(0);
        }
        System.exit(Cli.run(args));
    }
}
