package dev.streamlab.stream;

/** A table's current stream: which one, and what its records hold. */
public record StreamHandle(String table, String streamArn, String viewType, String region) {
}
