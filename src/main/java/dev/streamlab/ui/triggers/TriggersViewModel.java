package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The triggers panel and the trigger log: the loaded mappings with their state, loading mapping files (opened,
 * sample, or made with the form), step by step at paused mappings, and the functions' log. The menu's F8, F9 and
 * F10 come here.
 */
public final class TriggersViewModel {

    private static final String SOURCE = "Triggers";

    private final Session session;
    private final BusyWork work;
    private final MappingsViewModel mappings;
    private final StepViewModel stepping;
    private final TriggerLogViewModel log;
    private final ObservableList<SampleMapping> samples = FXCollections.observableArrayList();
    private final BooleanProperty startPaused;

    public TriggersViewModel(Session session) {
        this(session, Path.of("sample-data", "mappings"));
    }

    /** @param samplesFolder the sample mapping files listed for one-click loading, if the folder exists */
    TriggersViewModel(Session session, Path samplesFolder) {
        this.session = session;
        this.work = new BusyWork(session);
        this.mappings = new MappingsViewModel(session, work);
        this.stepping = new StepViewModel(session, mappings, new LastInvocationViewModel(session));
        this.log = new TriggerLogViewModel(session);
        this.startPaused = new SimpleBooleanProperty(this, "startPaused", session.options().paused());
        session.run(session.task(SOURCE, () -> listSamples(samplesFolder)).onSuccess(samples::setAll));
    }

    public MappingsViewModel mappings() {
        return mappings;
    }

    public StepViewModel stepping() {
        return stepping;
    }

    public TriggerLogViewModel log() {
        return log;
    }

    /** True while a file loads or a reader starts or stops. */
    public ReadOnlyBooleanProperty busy() {
        return work.busy();
    }

    /** Whether mappings loaded from now on start paused, for stepping through their first batches. */
    public BooleanProperty startPaused() {
        return startPaused;
    }

    /** The sample mapping files, in name order; empty when there is no sample folder. */
    public ObservableList<SampleMapping> samples() {
        return samples;
    }

    /** The triggers there are, built-ins and plugin jars'; empty until connected. */
    public List<TriggerKind> triggersAvailable() {
        Workspace open = session.workspace().get();
        return open == null ? List.of() : open.registry().factories().stream().map(TriggerKind::of).toList();
    }

    /** Reads a mapping file and starts its triggers in the background. */
    public void open(Path file) {
        Workspace open = session.workspace().get();
        if (open == null) {
            session.errors().report(SOURCE, "Not connected yet: open the mapping file once StreamLab is connected.");
            return;
        }
        boolean paused = startPaused.get();
        work.run("Open mapping file", () -> open.mappings().load(MappingFiles.read(file), file.toString(), paused),
                started -> session.mappingSetChanged());
    }

    /** A fresh add-mapping form. */
    public MappingFormViewModel newForm() {
        return new MappingFormViewModel(session, work, startPaused::get);
    }

    /** F10: delivers exactly the batch shown. */
    public void step() {
        stepping.step();
    }

    /** F8: pauses every mapping, or resumes them all when all are paused. */
    public void togglePauseAll() {
        mappings.togglePauseAll();
    }

    /** F9 */
    public void resumeAll() {
        mappings.resumeAll();
    }

    private static List<SampleMapping> listSamples(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(SampleMapping::of).toList();
        }
    }
}
