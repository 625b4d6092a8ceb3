package dev.streamlab.ui.triggers;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** After a step: the invocation's outcome, duration, error, log lines and derived writes with before/after. */
public final class LastInvocationController {

    private final LastInvocationViewModel last;

    @FXML
    private Label outcomeBadge;
    @FXML
    private Hyperlink showTraceLink;
    @FXML
    private VBox invocationBox;
    @FXML
    private Label invocationSummary;
    @FXML
    private Label invocationError;
    @FXML
    private Label invocationFailures;
    @FXML
    private Label writesTitle;
    @FXML
    private ListView<DerivedWriteRow> writesList;
    @FXML
    private Label logTitle;
    @FXML
    private TextArea invocationLog;
    @FXML
    private Label lastHint;

    public LastInvocationController(TriggersViewModel viewModel) {
        this.last = viewModel.stepping().last();
    }

    @FXML
    private void initialize() {
        var invocation = last.invocation();
        outcomeBadge.visibleProperty().bind(invocation.isNotNull());
        showTraceLink.visibleProperty().bind(invocation.isNotNull());
        invocation.addListener((observable, before, now) -> showOutcome(now));
        showOutcome(invocation.get());
        invocationSummary.textProperty().bind(Bindings.createStringBinding(() -> invocation.get() == null ? ""
                : invocation.get().summary(), invocation));
        shownWhenNotEmpty(invocationError, Bindings.createStringBinding(() -> invocation.get() == null ? ""
                : invocation.get().error(), invocation));
        shownWhenNotEmpty(invocationFailures, Bindings.createStringBinding(() -> invocation.get() == null ? ""
                : invocation.get().failures(), invocation));
        writesList.setItems(last.writes());
        writesList.setCellFactory(list -> new WriteCell());
        writesTitle.textProperty().bind(Bindings.size(last.writes()).map(count -> count.intValue() == 0
                ? "No derived writes" : "Derived writes (" + count + ")"));
        invocationLog.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", last.logs()),
                last.logs()));
        logTitle.textProperty().bind(Bindings.size(last.logs()).map(count -> count.intValue() == 0
                ? "No log lines" : "Log (" + Formats.plural(count.longValue(), "line", "lines") + ")"));
        lastHint.textProperty().bind(last.hint());
        lastHint.visibleProperty().bind(last.hint().isNotEmpty());
        invocationBox.visibleProperty().bind(last.hint().isEmpty());
    }

    private void showOutcome(InvocationRow row) {
        outcomeBadge.getStyleClass().setAll("label", "badge");
        if (row != null) {
            outcomeBadge.setText(row.outcome());
            outcomeBadge.getStyleClass().add(row.outcomeStyle());
        }
    }

    private static void shownWhenNotEmpty(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void showTrace() {
        last.showTrace();
    }

    /** A derived write: operation and table, the item's keys, then what its stream record says changed. */
    private static final class WriteCell extends GraphicListCell<DerivedWriteRow> {
        private final TitledLines written = new TitledLines();
        private final Label eventName = new Label();
        private final Label change = new Label();
        private final VBox lines = new VBox(1, written, new HBox(6, eventName, change));
        private final Tooltip tip = new Tooltip();

        WriteCell() {
            change.getStyleClass().add("write-change");
            tip.getStyleClass().add("settings-tooltip");
        }

        @Override
        protected Node draw(DerivedWriteRow row) {
            written.show(row.title(), row.keys());
            eventName.setText(row.eventName());
            eventName.getStyleClass().setAll("label", "event-" + row.eventName().toLowerCase(Locale.ROOT));
            eventName.setManaged(!row.eventName().isEmpty());
            change.setText(row.change());
            tip.setText(row.images());
            setTooltip(tip);
            return lines;
        }
    }
}
