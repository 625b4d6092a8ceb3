package dev.streamlab.cli;

import dev.streamlab.trigger.host.HostListener;
import dev.streamlab.trigger.trace.Invocation;
import java.io.PrintWriter;
import java.util.List;

/** `triggers run`'s output: a line per invocation and per trigger log line; trouble on stderr. */
final class InvocationLog implements HostListener {

    private final PrintWriter out;
    private final PrintWriter err;

    InvocationLog(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void started(int mappings, String connection) {
        say(out, "Running " + mappings + " mapping(s) on " + connection + "; stop with Ctrl-C.");
    }

    @Override
    public void invoked(Invocation call) {
        say(out, call.functionName() + " " + call.table() + " " + call.causes().size() + " record(s) attempt "
                + call.attempt() + ": " + call.outcome() + " in " + call.duration().toMillis() + " ms"
                + call.error().map(e -> " (" + e + ")").orElse(""));
    }

    @Override
    public void functionLog(String functionName, String requestId, String line) {
        say(out, "  " + functionName + ": " + line);
    }

    @Override
    public void gaveUp(String functionName, String condition, List<String> eventIds) {
        say(err, functionName + " gave up on " + eventIds.size() + " record(s) (" + condition
                + "); they went to the on-failure destination if the mapping has one.");
    }

    @Override
    public void loopGuard(String functionName, int depth) {
        say(err, "PAUSED: " + functionName + " is in a chain of " + depth + " writes, each caused by the one before;"
                + " the loop guard paused its mapping so it cannot write without end. Fix the trigger so it writes"
                + " only when something must change, or raise --loop-limit.");
    }

    @Override
    public void blocked(String functionName, String shardId, int attempts) {
        say(err, "BLOCKED: " + functionName + " has failed " + attempts + " times on the same record of shard "
                + shardId + "; with MaximumRetryAttempts -1 the shard waits until it succeeds or the record expires,"
                + " as on AWS. Fix the trigger, or set MaximumRetryAttempts and an on-failure destination.");
    }

    private void say(PrintWriter writer, String line) {
        synchronized (this) {
            writer.println(line);
            writer.flush();
        }
    }
}
