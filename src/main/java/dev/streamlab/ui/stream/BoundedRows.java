package dev.streamlab.ui.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the stream view holds: at most {@code capacity}, the oldest dropped and counted. While paused, new rows
 * are held back (as bounded, as counted) and shown on resume. Each batch changes the list once to add and once to
 * trim, so the table above it re-lays out once per batch however many records came. Used on the FX thread.
 */
final class BoundedRows {

    private final ObservableList<StreamRow> rows = FXCollections.observableArrayList();
    private final List<StreamRow> held = new ArrayList<>();
    private final IntegerProperty capacity;
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ReadOnlyIntegerWrapper heldCount = new ReadOnlyIntegerWrapper(this, "heldCount");
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    private final LongSupplier feedDrops;
    private long trimmed;
    private long feedDropsBeforeClear;

    /** @param feedDrops rows the live feed itself dropped because the FX thread fell a whole queue behind */
    BoundedRows(int capacity, LongSupplier feedDrops) {
        this.capacity = new SimpleIntegerProperty(this, "capacity", capacity);
        this.feedDrops = feedDrops;
        this.capacity.addListener((observable, before, now) -> {
            trim(rows);
            trim(held);
            counted();
        });
        paused.addListener((observable, before, now) -> {
            if (!now) {
                release();
            }
        });
    }

    ObservableList<StreamRow> rows() {
        return rows;
    }

    IntegerProperty capacity() {
        return capacity;
    }

    BooleanProperty paused() {
        return paused;
    }

    /** Rows that came while paused, waiting to be shown. */
    ReadOnlyIntegerProperty heldCount() {
        return heldCount.getReadOnlyProperty();
    }

    ReadOnlyLongProperty dropped() {
        return dropped.getReadOnlyProperty();
    }

    void arrived(List<StreamRow> batch) {
        if (paused.get()) {
            held.addAll(newest(batch));
            trim(held);
        } else {
            show(batch);
        }
        counted();
    }

    /** The row with this eventID, shown or held; a held one is shown by resuming. */
    Optional<StreamRow> find(String eventId) {
        Optional<StreamRow> found = newestFirst(rows, eventId);
        if (found.isEmpty() && newestFirst(held, eventId).isPresent()) {
            paused.set(false);
            return newestFirst(rows, eventId);
        }
        return found;
    }

    void clear() {
        rows.clear();
        held.clear();
        trimmed = 0;
        feedDropsBeforeClear = feedDrops.getAsLong();
        counted();
    }

    private void release() {
        List<StreamRow> waiting = new ArrayList<>(held);
        held.clear();
        show(waiting);
        counted();
    }

    private void show(List<StreamRow> batch) {
        rows.addAll(newest(batch));
        trim(rows);
    }

    /** A batch longer than the capacity would only be trimmed again: the older part is dropped at once. */
    private List<StreamRow> newest(List<StreamRow> batch) {
        int excess = batch.size() - capacity.get();
        if (excess <= 0) {
            return batch;
        }
        trimmed += excess;
        return batch.subList(excess, batch.size());
    }

    private void trim(List<StreamRow> list) {
        int excess = list.size() - capacity.get();
        if (excess > 0) {
            trimmed += excess;
            if (list instanceof ObservableList<StreamRow> observable) {
                observable.remove(0, excess);
            } else {
                list.subList(0, excess).clear();
            }
        }
    }

    private void counted() {
        heldCount.set(held.size());
        dropped.set(trimmed + feedDrops.getAsLong() - feedDropsBeforeClear);
    }

    private static Optional<StreamRow> newestFirst(List<StreamRow> list, String eventId) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).eventId().equals(eventId)) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }
}
