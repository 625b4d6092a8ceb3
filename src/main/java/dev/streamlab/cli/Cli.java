package dev.streamlab.cli;

import dev.streamlab.model.UserInputException;
import java.io.PrintWriter;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The headless front end. User errors print one line on stderr and exit 1; usage errors exit 2;
 * --debug adds the stack trace.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new StreamLabCommand())
                .setOut(out)
                .setErr(err)
                // "@FILE" is ours to read (--item @order.json), not picocli's argument-file expansion.
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler((e, line, parseResult) -> {
                    report(e, err, debug);
                    return 1;
                });
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Says what was wrong with the arguments, one line on stderr; returns the usage error's exit code. */
    public static int usageError(String sentence) {
        System.err.println(sentence);
        return 2;
    }

    private static void report(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof UserInputException) {
            err.println(e.getMessage());
            LOG.debug("User error", e);
        } else {
            err.println("StreamLab failed: " + e.getMessage()
                    + (debug ? "" : " (run again with --debug to see the stack trace)"));
            LOG.debug("Unexpected failure", e);
        }
        if (debug) {
            e.printStackTrace(err);
        }
    }
}
