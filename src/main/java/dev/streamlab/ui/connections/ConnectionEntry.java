package dev.streamlab.ui.connections;

import dev.streamlab.connect.SavedConnection;

/**
 * A row of the connections list.
 *
 * @param origin where it comes from: the user saved it, it is always there, or it is a profile in ~/.aws
 */
public record ConnectionEntry(SavedConnection connection, Origin origin) {

    public enum Origin {
        BUILT_IN, SAVED, AWS_CONFIG
    }

    public String name() {
        return connection.name();
    }

    /** The second line of the row: where it points, and where it comes from when not saved. */
    public String details() {
        return connection.where() + switch (origin) {
            case BUILT_IN, SAVED -> "";
            case AWS_CONFIG -> " · from ~/.aws";
        };
    }

    public boolean removable() {
        return origin == Origin.SAVED;
    }
}
