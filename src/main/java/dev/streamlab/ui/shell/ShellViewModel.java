package dev.streamlab.ui.shell;

import dev.streamlab.trigger.host.MappingRuntime;
import dev.streamlab.trigger.host.MappingStatus;
import dev.streamlab.trigger.trace.GateChanged;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's frame: its title and the status bar (where it is connected, the readers, the triggers). */
public final class ShellViewModel {

    private final Session session;
    private final ReadOnlyStringWrapper triggers = new ReadOnlyStringWrapper(this, "triggers", "");
    private final BooleanBinding aws;
    private final StringBinding title;
    private final StringBinding awsBand;

    public ShellViewModel(Session session) {
        this.session = session;
        this.aws = Bindings.createBooleanBinding(() -> session.workspace().get() != null
                && session.workspace().get().isAws(), session.workspace());
        this.title = Bindings.createStringBinding(() -> titleOf(session.workspace().get(), session.account().get()),
                session.workspace(), session.account());
        this.awsBand = Bindings.createStringBinding(() -> aws.get() ? awsWords(session.workspace().get(),
                session.account().get()) + " — real data: every destructive action asks for the table's name" : "",
                aws, session.workspace(), session.account());
        var gateChanges = new LiveFeed<GateChanged>(1_000, session.fxThread(), changes -> countTriggers());
        session.onTraceEvent(event -> {
            if (event instanceof GateChanged change) {
                gateChanges.offer(change);
            }
        });
        session.mappingsChanged().addListener((observable, before, now) -> countTriggers());
    }

    public String title() {
        return title.get();
    }

    public StringBinding titleBinding() {
        return title;
    }

    /** Across the top of the window while on AWS: the account and region, and that this is real data. */
    public StringBinding awsBand() {
        return awsBand;
    }

    /** e.g. "StreamLab — prod — AWS account 123456789012 · eu-west-1", or "StreamLab — docker compose". */
    private static String titleOf(Workspace open, String account) {
        if (open == null) {
            return "StreamLab";
        }
        return "StreamLab — " + open.name() + (open.isAws() ? " — " + awsWords(open, account) : "");
    }

    private static String awsWords(Workspace open, String account) {
        return (account == null ? "AWS" : "AWS account " + account) + " · " + open.region();
    }

    public ReadOnlyStringProperty connection() {
        return session.connectionStatus();
    }

    /** Connected to AWS: real data, marked in a warning colour. */
    public BooleanBinding aws() {
        return aws;
    }

    public ReadOnlyStringProperty readers() {
        return session.readersStatus();
    }

    /** e.g. "2 mappings, 1 paused", or empty with none loaded. */
    public ReadOnlyStringProperty triggers() {
        return triggers.getReadOnlyProperty();
    }

    private void countTriggers() {
        Workspace open = session.workspace().get();
        List<MappingRuntime> mappings = open == null ? List.of() : open.mappings().mappings();
        long paused = mappings.stream().map(MappingRuntime::status)
                .filter(status -> status.state() == MappingStatus.State.PAUSED
                        || status.state() == MappingStatus.State.LOOP_GUARD)
                .count();
        triggers.set(mappings.isEmpty() ? "no triggers running"
                : mappings.size() + (mappings.size() == 1 ? " mapping" : " mappings")
                        + (paused > 0 ? ", " + paused + " paused" : ""));
    }
}
