package dev.streamlab.ui.stream;

import java.util.List;

/**
 * An attribute that differs between a record's OldImage and NewImage.
 *
 * @param path the attribute's name, then the names inside nested maps: {@code [address, city]}
 */
public record AttributeChange(List<String> path, Kind kind) {

    public enum Kind {
        ADDED("+"), REMOVED("−"), CHANGED("~");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }

    public AttributeChange {
        path = List.copyOf(path);
    }

    /** {@code ~ address.city} */
    @Override
    public String toString() {
        return kind.sign() + " " + String.join(".", path);
    }
}
