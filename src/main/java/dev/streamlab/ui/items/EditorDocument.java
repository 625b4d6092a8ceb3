package dev.streamlab.ui.items;

import dev.streamlab.model.UserInputException;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The editor's text and the item it holds. The text is read again on every change (CPU only, no I/O), before the
 * text property changes, so whoever listens to the text always finds the item, or the problem naming its line and
 * column, up to date. Used on the FX thread.
 */
final class EditorDocument {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper plain = new ReadOnlyBooleanWrapper(this, "plain");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyIntegerWrapper problemLine = new ReadOnlyIntegerWrapper(this, "problemLine");
    private final ReadOnlyIntegerWrapper problemColumn = new ReadOnlyIntegerWrapper(this, "problemColumn");
    /** The item the text holds; null while it holds none. */
    private Map<String, AttributeValue> item;
    /** An empty editor (nothing open) is no problem; an open one must hold an item. */
    private boolean holdsItem;
    /** The form the user chose; an item plain JSON cannot say shows in DynamoDB JSON without changing it. */
    private boolean wantsPlain;

    /**
     * Shows an item; in DynamoDB JSON if plain JSON could not say all of it.
     *
     * @return what keeps it from plain JSON when the user chose that, in words; empty when nothing does
     */
    Optional<String> show(Map<String, AttributeValue> shown) {
        holdsItem = true;
        Optional<String> loss = wantsPlain ? ItemText.plainLoss(shown) : Optional.empty();
        plain.set(wantsPlain && loss.isEmpty());
        replace(ItemText.write(shown, plain.get()));
        return loss;
    }

    void clear() {
        holdsItem = false;
        replace("");
    }

    /** The user typed. */
    void edit(String newText) {
        if (!newText.equals(text.get())) {
            replace(newText);
        }
    }

    /** Shows the item in the other form; or says, in a sentence, why it cannot. */
    Optional<String> switchTo(boolean wanted) {
        if (wanted == plain.get()) {
            return Optional.empty();
        }
        if (item == null && holdsItem) {
            return Optional.of("Fix the JSON before switching: " + problem.get());
        }
        Optional<String> loss = wanted && item != null ? ItemText.plainLoss(item) : Optional.empty();
        if (loss.isPresent()) {
            return Optional.of("Plain JSON has no sets or binary, and this item has " + loss.get()
                    + ": it stays in DynamoDB JSON.");
        }
        plain.set(wanted);
        wantsPlain = wanted;
        if (item != null) {
            replace(ItemText.write(item, wanted));
        }
        return Optional.empty();
    }

    Map<String, AttributeValue> item() {
        return item;
    }

    private void replace(String newText) {
        try {
            item = holdsItem ? ItemText.read(newText, plain.get()) : null;
            problem.set("");
            problemColumn.set(0);
            problemLine.set(0);
        } catch (UserInputException e) {
            item = null;
            problem.set(e.getMessage());
            // the column first: the line's listeners read it
            problemColumn.set(ItemText.column(e.getMessage()));
            problemLine.set(ItemText.line(e.getMessage()));
        }
        text.set(newText);
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty plain() {
        return plain.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty problemLine() {
        return problemLine.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty problemColumn() {
        return problemColumn.getReadOnlyProperty();
    }
}
