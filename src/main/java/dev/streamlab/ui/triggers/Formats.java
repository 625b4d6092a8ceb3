package dev.streamlab.ui.triggers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the triggers views write times, durations, ids and JSON; computed where rows are made. */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final int SHORT_ID = 8;

    private Formats() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "0.4 ms", "12 ms", "1.5 s": triggers run in microseconds to seconds. */
    static String duration(Duration duration) {
        double millis = duration.toNanos() / 1_000_000.0;
        if (millis < 10) {
            return String.format("%.1f ms", millis);
        }
        return millis < 1_000 ? Math.round(millis) + " ms" : String.format("%.1f s", millis / 1_000);
    }

    /** The end of a shard id or request id, which is what tells two apart at a glance. */
    static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : "…" + id.substring(id.length() - SHORT_ID);
    }

    static String pretty(JsonNode json) {
        try {
            return Json.prettyWriter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes written to a String cannot fail
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    /** One line, cut to {@code max} characters. */
    static String oneLine(JsonNode json, int max) {
        String text = json.toString();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
