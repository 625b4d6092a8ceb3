package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.trigger.host.MappingStatus;
import dev.streamlab.trigger.host.MappingStatus.State;
import java.util.Optional;

/**
 * One loaded mapping as its row shows it, at one moment. Equal rows mean nothing to redraw.
 *
 * @param source     the mapping file (or form) it was loaded from; empty once its file is unloaded
 * @param stateStyle the badge's colour class: success, accent, warning, danger, or empty for a disabled one
 */
public record MappingRow(MappingRuntime runtime, String functionName, String table, Optional<String> source,
        State state, String stateText, String stateStyle, String reason, boolean paused, boolean enabled,
        String behind, String invocations, String errors, boolean failing, String lastDuration, String settings) {

    static MappingRow of(MappingRuntime runtime, Optional<String> source) {
        MappingStatus status = runtime.status();
        return new MappingRow(runtime, status.functionName(), status.table(), source, status.state(),
                status.state().words(), style(status.state()), status.reason(), runtime.gate().paused(),
                runtime.enabled(), Long.toString(status.recordsWaiting()), Long.toString(status.invocations()),
                Long.toString(status.errors()), status.errors() > 0,
                status.lastDuration().map(Formats::duration).orElse("—"),
                MappingSettings.describe(runtime.function(), runtime.mapping(), source));
    }

    private static String style(State state) {
        return switch (state) {
            case RUNNING -> "success";
            case PAUSED -> "accent";
            case LOOP_GUARD -> "warning";
            case BLOCKED -> "danger";
            case DISABLED -> "";
        };
    }

    /** What the row's tooltip says: the mapping, its state and why, then every setting. */
    public String tooltip() {
        return functionName + " on " + table + "\n" + details();
    }

    /** Its state and why, then every setting. */
    public String details() {
        return "State: " + stateText + (reason.isEmpty() ? "" : " (" + reason + ")") + "\n\n" + settings;
    }

    /** The file name alone, for menus. */
    public String sourceName() {
        return source.map(path -> path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1))
                .orElse("");
    }
}
