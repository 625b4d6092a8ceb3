package dev.streamlab.ui.trace;

import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.trigger.trace.TraceGraph;
import dev.streamlab.trigger.trace.TracedItem;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.trace.TraceRow.ItemTarget;
import dev.streamlab.ui.trace.TraceRow.RecordTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The chain of causes around a record, an item or an invocation, as a tree of rows, kept live. The trigger host's
 * threads link each event into the {@link TraceGraph} as it happens and offer what it touched to a {@link LiveFeed};
 * once per drain, if the shown chain grew (or, following, a newer chain became the latest), its rows are rebuilt in
 * the background from a snapshot of the graph, one build at a time, and a build for a subject left meanwhile is
 * dropped. Rows are made only for the chain shown, never for every event.
 */
public final class TraceViewModel {

    /** Far more than a drain ever sees; past it the feed drops touches, and the next drain rebuilds regardless. */
    private static final int FEED_CAPACITY = 10_000;

    /** What one event changed: the steps it touched, and the item of a record. */
    private record Touch(Set<String> ids, Optional<TracedItem> item) {
    }

    private final Session session;
    private final TraceGraph graph = new TraceGraph(TraceGraph.DEFAULT_CAPACITY);
    private final LiveFeed<Touch> feed;
    private final ReadOnlyObjectWrapper<List<TraceRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Trace");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage",
            ChainView.NOTHING_YET);
    private final BooleanProperty followLatest = new SimpleBooleanProperty(this, "followLatest", true);
    private TraceSubject subject = new TraceSubject.Latest();
    private ChainView shown = ChainView.nothingYet();
    private String pendingFocus;
    private final List<Touch> touchedWhileBuilding = new ArrayList<>();
    private boolean building;
    private long droppedSeen;

    public TraceViewModel(Session session) {
        this.session = session;
        this.feed = new LiveFeed<>(FEED_CAPACITY, session.fxThread(), this::changed);
        session.onTraceEvent(this::traced);
        session.navigator().onShowTrace(this::show);
        followLatest.addListener((observable, was, follow) -> {
            if (follow) {
                showSubject(new TraceSubject.Latest(), null);
            }
        });
    }

    /** The tree's top rows; each holds its children. */
    public ReadOnlyObjectProperty<List<TraceRow>> rows() {
        return rows.getReadOnlyProperty();
    }

    /** What the tree shows: "Latest chain: {Id: ID9} put into CloudAcademyLabs at 10:00:00". */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** "2 invocations · 1 derived write · 0 failures". */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** What to do when there is nothing to show; empty while rows show. */
    public ReadOnlyStringProperty emptyMessage() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Shows the newest chain whenever one starts; turned off by showing a chosen one. */
    public BooleanProperty followLatest() {
        return followLatest;
    }

    /** Shows the chain around a record (eventID), an invocation (request id) or a derived write (its id). */
    public void show(String id) {
        followLatest.set(false);
        showSubject(new TraceSubject.Step(id), id);
    }

    /** Shows every chain that wrote this item. */
    public void showItem(String table, Map<String, AttributeValue> key) {
        followLatest.set(false);
        showSubject(new TraceSubject.Item(new TracedItem(table, key)), null);
    }

    /** Shows the history of the item a row recorded or wrote, if it names one. */
    public void showHistoryOf(TraceRow row) {
        row.item().ifPresent(item -> showItem(item.table(), item.key()));
    }

    /**
     * The id to select once, after the rows of a chosen step land; null afterwards, so that live updates never move
     * the selection.
     */
    public String takeFocus() {
        String focus = shown.subject().equals(subject) ? pendingFocus : null;
        if (focus != null) {
            pendingFocus = null;
        }
        return focus;
    }

    /** What "Show" does for this row, in the words of its menu item. */
    public String showWords(TraceRow row) {
        return row.target().map(target -> target instanceof RecordTarget ? "Show the record in the Stream tab"
                : "Open the item in the Items tab").orElse("Show");
    }

    /** The explicit "Show": the record in the stream view, or the item in the items view. */
    public void open(TraceRow row) {
        row.target().ifPresent(target -> {
            if (target instanceof RecordTarget record) {
                session.navigator().showRecord(record.eventId());
            } else if (target instanceof ItemTarget item && !item.wholeItem()) {
                session.navigator().showItem(item.table(), item.key());
            } else if (target instanceof ItemTarget item && session.database() != null) {
                session.run(session.task("Trace", () -> ItemKeys.keyOf(session.database(), item))
                        .onSuccess(key -> session.navigator().showItem(item.table(), key)));
            }
        });
    }

    /** On the thread the event happened on: link it, and tell the FX thread what it touched. */
    private void traced(TraceEvent event) {
        Set<String> touched = graph.add(event);
        if (!touched.isEmpty()) {
            feed.offer(new Touch(touched, event instanceof RecordTraced record
                    ? Optional.of(new TracedItem(record.table(), record.record().keys())) : Optional.empty()));
        }
    }

    /**
     * Touches that come while a build runs are kept and checked against the view it makes: its snapshot may have
     * been taken before them, and the view shown before it may not hold the steps they extend.
     */
    private void changed(List<Touch> touches) {
        if (building) {
            // Bounded like the feed: past it, the next build is made regardless, as when the feed drops.
            if (touchedWhileBuilding.size() < FEED_CAPACITY) {
                touchedWhileBuilding.addAll(touches);
            } else {
                droppedSeen = -1;
            }
        } else if (stale(touches, shown)) {
            rebuild();
        }
    }

    private boolean stale(List<Touch> touches, ChainView view) {
        boolean missed = feed.dropped() != droppedSeen;
        droppedSeen = feed.dropped();
        boolean newerLatest = view.subject() instanceof TraceSubject.Latest
                && !graph.latestActive().orElse("").equals(view.start());
        return missed || newerLatest || touches.stream().anyMatch(touch -> extendsView(touch, view));
    }

    private static boolean extendsView(Touch touch, ChainView view) {
        if (view.subject() instanceof TraceSubject.Item item && touch.item().filter(item.item()::equals).isPresent()) {
            return true;
        }
        return touch.ids().stream().anyMatch(view.ids()::contains);
    }

    private void showSubject(TraceSubject next, String focus) {
        subject = next;
        pendingFocus = focus;
        if (!building) {
            rebuild();
        }
    }

    private void rebuild() {
        building = true;
        touchedWhileBuilding.clear();
        TraceSubject wanted = subject;
        session.run(session.task("Trace", () -> ChainView.of(graph, wanted))
                .onSuccess(view -> {
                    if (view.subject().equals(subject)) {
                        apply(view);
                    }
                })
                .andFinally(() -> built(wanted)));
    }

    /** Builds again if the subject changed meanwhile or the view is already behind; a failed build is not retried. */
    private void built(TraceSubject wanted) {
        building = false;
        if (!wanted.equals(subject) || stale(touchedWhileBuilding, shown)) {
            rebuild();
        }
    }

    private void apply(ChainView view) {
        shown = view;
        title.set(view.title());
        summary.set(view.summary());
        emptyMessage.set(view.empty());
        rows.set(view.rows());
    }
}
