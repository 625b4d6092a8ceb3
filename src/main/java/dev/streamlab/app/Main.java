package dev.streamlab.app;

import dev.streamlab.cli.Cli;
import dev.streamlab.ui.StreamLabApplication;

/**
 * The entry point: no argument opens the window, a command runs headless. Not a JavaFX Application
 * itself, so the shaded jar starts without the JavaFX launcher's module checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StreamLabApplication.launchWindow(args);
            // DynamoDB Local leaves a non-daemon shard-rollover thread behind that would keep the JVM alive.
            System.exit(0);
        }
        System.exit(Cli.run(args));
    }
}
