package dev.streamlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, in process, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The lines on stderr, for "exactly one line" checks. */
    String[] errLines() {
        return err.strip().split("\\R");
    }
}
