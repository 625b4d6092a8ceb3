package dev.streamlab.json;

/** Names an attribute inside an item the way users write it: {@code eventData.parameters.date}, {@code lines[2].sku}. */
final class AttributePath {

    static final String ROOT = "";

    private AttributePath() {
    }

    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The last name in the path, for examples such as {@code {"date": {"S": "..."}}}. */
    static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
