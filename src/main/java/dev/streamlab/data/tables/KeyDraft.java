package dev.streamlab.data.tables;

/**
 * A key attribute as a form holds it: a name and its type.
 *
 * @param type S, N or B
 */
public record KeyDraft(String name, String type) {

    public boolean given() {
        return name != null && !name.isBlank();
    }

    public String trimmedName() {
        return name == null ? "" : name.strip();
    }
}
