package dev.streamlab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The narrow way one view asks another to show something ("show this record", "open this item") without knowing
 * its classes: the view that can show a thing registers how, and the shell registers how to bring it to the front.
 * Used on the FX thread.
 */
public final class Navigator {

    private final List<Consumer<String>> recordShowers = new ArrayList<>();
    private final List<BiConsumer<String, Map<String, AttributeValue>>> itemShowers = new ArrayList<>();
    private final List<Consumer<String>> traceShowers = new ArrayList<>();
    private final List<Runnable> selectedExporters = new ArrayList<>();

    /** Selects the stream record with this eventID in the stream view. */
    public void showRecord(String eventId) {
        recordShowers.forEach(shower -> shower.accept(eventId));
    }

    /** Selects the table and opens the item with this key in the items view and the editor. */
    public void showItem(String table, Map<String, AttributeValue> key) {
        itemShowers.forEach(shower -> shower.accept(table, key));
    }

    /** Shows the chain of causes around a record (eventID), an invocation (request id) or a derived write (its id). */
    public void showTrace(String id) {
        traceShowers.forEach(shower -> shower.accept(id));
    }

    /** Exports the items selected in the items view, asking for the file (the shell owns the export dialog). */
    public void exportSelectedItems() {
        selectedExporters.forEach(Runnable::run);
    }

    public void onExportSelectedItems(Runnable exporter) {
        selectedExporters.add(exporter);
    }

    public void onShowRecord(Consumer<String> shower) {
        recordShowers.add(shower);
    }

    public void onShowItem(BiConsumer<String, Map<String, AttributeValue>> shower) {
        itemShowers.add(shower);
    }

    public void onShowTrace(Consumer<String> shower) {
        traceShowers.add(shower);
    }
}
