package dev.streamlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import dev.streamlab.trigger.host.HostListener;
import dev.streamlab.trigger.host.Invocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** `triggers run`'s output: a line per invocation and per trigger log line; the trace file as JSON lines. */
final class InvocationLog implements HostListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Path trace;

    InvocationLog(PrintWriter out, PrintWriter err, Path trace) {
        this.out = out;
        this.err = err;
        this.trace = trace;
    }

    void started(int mappings, String connection) {
        say(out, "Running " + mappings + " mapping(s) on " + connection + "; stop with Ctrl-C.");
    }

    @Override
    public void invoked(Invocation call) {
        say(out, call.functionName() + " " + call.table() + " " + call.causes().size() + " record(s) attempt "
                + call.attempt() + ": " + call.outcome() + " in " + call.duration().toMillis() + " ms"
                + call.error().map(e -> " (" + e + ")").orElse(""));
        ObjectNode json = Json.mapper().createObjectNode()
                .put("type", "invocation").put("requestId", call.requestId()).put("function", call.functionName())
                .put("table", call.table()).put("shardId", call.shardId()).put("attempt", call.attempt())
                .put("outcome", call.outcome()).put("durationMs", call.duration().toMillis());
        call.causes().forEach(json.putArray("causes")::add);
        call.error().ifPresent(e -> json.put("error", e));
        traceLine(json);
    }

    @Override
    public void functionLog(String functionName, String requestId, String line) {
        say(out, "  " + functionName + ": " + line);
    }

    @Override
    public void gaveUp(String functionName, String condition, List<String> eventIds) {
        say(err, functionName + " gave up on " + eventIds.size() + " record(s) (" + condition
                + "); they went to the on-failure destination if the mapping has one.");
        ObjectNode json = Json.mapper().createObjectNode().put("type", "failure").put("function", functionName)
                .put("condition", condition);
        eventIds.forEach(json.putArray("causes")::add);
        traceLine(json);
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

    private synchronized void traceLine(ObjectNode json) {
        if (trace == null) {
            return;
        }
        try {
            Files.writeString(trace, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("The trace file " + trace + " cannot be written", e);
        }
    }
}
