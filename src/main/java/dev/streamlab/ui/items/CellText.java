package dev.streamlab.ui.items;

/**
 * What one cell of the items table shows: short text, and its kind, which decides how it is drawn (numbers
 * right-aligned, true/false/null muted).
 */
public record CellText(String text, Kind kind) {

    /** The attribute is not on this item. */
    public static final CellText ABSENT = new CellText("", Kind.ABSENT);

    public enum Kind { TEXT, NUMBER, LITERAL, ABSENT }
}
