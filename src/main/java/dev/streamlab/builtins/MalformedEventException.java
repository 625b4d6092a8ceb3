package dev.streamlab.builtins;

/** An event the projection cannot read; thrown so the host retries the batch and then dead-letters it. */
public final class MalformedEventException extends RuntimeException {

    MalformedEventException(String eventId, String field, String expected) {
        super("Event " + eventId + " has no valid " + field + " (" + expected + ").");
    }
}
