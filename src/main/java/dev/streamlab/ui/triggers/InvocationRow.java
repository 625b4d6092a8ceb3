package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.trace.Invocation;
import java.util.List;

/**
 * An invocation as the last-invocation panel shows it.
 *
 * @param outcomeStyle the badge's colour class: success, warning (partial failure) or danger
 * @param summary      e.g. "12 ms · 1 record · EmailChecker", with the attempt when it is a retry
 * @param failures     the batch item failures the trigger returned, or empty
 */
public record InvocationRow(String requestId, String functionName, String table, String outcome,
        String outcomeStyle, String summary, String error, String failures, List<String> causes) {

    static InvocationRow of(Invocation call) {
        String style = call.succeeded() ? "success" : "PartialFailure".equals(call.outcome()) ? "warning" : "danger";
        String summary = Formats.duration(call.duration()) + (call.attempt() > 1 ? " · attempt " + call.attempt() : "")
                + " · " + Formats.plural(call.causes().size(), "record", "records") + " · " + call.functionName();
        String failures = call.batchItemFailures().isEmpty() ? ""
                : "Returned batch item failures: " + String.join(", ", call.batchItemFailures());
        return new InvocationRow(call.requestId(), call.functionName(), call.table(), call.outcome(), style, summary,
                call.error().orElse(""), failures, call.causes());
    }
}
