package dev.streamlab.ui.tables;

/** Why the table list shows nothing, and what to do about it. */
public enum EmptyState {
    /** Tables are listed: no empty state. */
    NONE(""),
    CONNECTING("Connecting…"),
    NOT_CONNECTED("Not connected: the status bar says why."),
    LISTING("Listing tables…"),
    NO_TABLES("No tables yet — load the workshop's sample data or create a table."),
    NO_MATCH("No table matches “%s”. Press Esc to clear the search.");

    private final String message;

    EmptyState(String message) {
        this.message = message;
    }

    /** @param search what the search box holds, for NO_MATCH */
    public String message(String search) {
        return message.formatted(search);
    }
}
