package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.trace.FunctionLog;

/** One line a function logged, with its display strings made on the thread that logged it. */
public record LogRow(String time, String functionName, String requestId, String shortRequestId, String line) {

    static LogRow of(FunctionLog log) {
        return new LogRow(Formats.time(log.time()), log.functionName(), log.requestId(),
                Formats.shortId(log.requestId()), log.line());
    }
}
