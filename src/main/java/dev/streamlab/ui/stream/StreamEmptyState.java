package dev.streamlab.ui.stream;

/** What the stream view says while its table shows no row: what is missing and what to do about it. */
final class StreamEmptyState {

    private StreamEmptyState() {
    }

    static String sentence(boolean connected, boolean connecting, int followedTables, int rows, boolean paused,
            int held) {
        if (!connected) {
            return connecting ? "Connecting…"
                    : "Not connected: stream records show here once StreamLab is connected to DynamoDB.";
        }
        if (rows > 0) {
            return "No record matches the filters: clear them to see the " + String.format("%,d", rows)
                    + (rows == 1 ? " record." : " records.");
        }
        if (paused) {
            return "View paused: " + String.format("%,d", held) + (held == 1 ? " new record is" : " new records are")
                    + " held. Resume to see them.";
        }
        if (followedTables == 0) {
            return "No table has a stream — enable one (StreamSpecification in the table file) or Load sample data.";
        }
        return "Following " + followedTables + (followedTables == 1 ? " table" : " tables")
                + " — write an item to see its record here.";
    }
}
