package dev.streamlab.ui.transfer;

import dev.streamlab.data.Database;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.data.transfer.ExportFile;
import dev.streamlab.data.transfer.ImportResult;
import dev.streamlab.data.transfer.TransferFormat;
import dev.streamlab.model.UserInputException;
import dev.streamlab.ui.common.ErrorReporter;
import dev.streamlab.ui.common.LiveFeed;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Tasks;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Export of the selected table to a file and import of a file into it, in the background: the running count, a
 * cancel that stops between batches, and the result with each line that could not be written.
 */
public final class TransferViewModel {

    private static final String SOURCE = "Export and import";

    private final Session session;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final BooleanBinding canStart;
    private final BooleanBinding canExportShown;
    private final BooleanBinding canExportSelected;
    private AtomicBoolean cancelled = new AtomicBoolean();

    public TransferViewModel(Session session) {
        this.session = session;
        this.canStart = Bindings.createBooleanBinding(() -> session.workspace().get() != null
                && session.selectedTable().get() != null && !running.get(), session.workspace(),
                session.selectedTable(), running);
        this.canExportShown = canStart.and(session.shownRead().isNotNull());
        this.canExportSelected = canStart.and(Bindings.isNotEmpty(session.selectedItems()));
    }

    /** The items view shows a scan or query that can be exported as it is. */
    public BooleanBinding canExportSelected() {
        return canExportSelected;
    }

    public BooleanBinding canExportShown() {
        return canExportShown;
    }

    /** Connected, a table selected, and nothing running. */
    public BooleanBinding canStart() {
        return canStart;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    /** e.g. "Import into Orders from orders.csv". */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** The running count, then what was done. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** A sentence per item that could not be written, naming its line. */
    public ObservableList<String> failures() {
        return failures;
    }

    /** A file name for the selected table, e.g. "Orders.jsonl". */
    public String suggestedName(TransferFormat format) {
        return session.selectedTable().get() + "." + format.fileExtension();
    }

    /** Exports every item of the selected table; the format is the file's extension's, else JSON lines. */
    public void exportTo(Path file) {
        export(ItemPageRequest.scan(session.selectedTable().get()), file, "");
    }

    /** Exports the scan or query the items view shows, filter and index included, every page of it. */
    public void exportShownTo(Path file) {
        ItemPageRequest shown = session.shownRead().get();
        export(shown.startingAt(Optional.empty()).withPageSize(ItemPageRequest.DEFAULT_PAGE_SIZE), file,
                shown.isQuery() ? " (the query shown)" : shown.filter().isPresent() || shown.index().isPresent()
                        ? " (the read shown)" : "");
    }

    /** Exports the items selected in the items view, as they were read. */
    public void exportSelectedTo(Path file) {
        String table = session.selectedTable().get();
        List<Map<String, AttributeValue>> items = List.copyOf(session.selectedItems());
        TransferFormat format = formatOf(file).orElse(TransferFormat.JSONL);
        Database database = session.database();
        String which = words(items.size()) + " selected in " + table;
        start("Export of the " + which + " to " + file.getFileName(), "Exported");
        session.run(Tasks.create(() -> ExportFile.write(file, out -> database.exporter().exportItems(table, items,
                        format, out)))
                .onSuccess(count -> done("Exported the " + which + " to " + file + ".", false))
                .onError(Exception.class, this::problem)
                .andFinally(() -> running.set(false)));
    }

    private void export(ItemPageRequest request, Path file, String which) {
        String table = request.table();
        TransferFormat format = formatOf(file).orElse(TransferFormat.JSONL);
        Database database = session.database();
        start("Export of " + table + which + " to " + file.getFileName(), "Exported");
        LiveFeed<Long> counts = counts("Exporting");
        session.run(Tasks.create(() -> ExportFile.write(database.exporter(), request, format,
                        file, counts::offer, cancelled::get))
                .onSuccess(count -> done("Exported " + words(count) + " of " + table + which + " to " + file + ".",
                        false))
                .onError(CancellationException.class, e -> done("Export cancelled: no file was written.", false))
                .onError(Exception.class, this::problem)
                .andFinally(() -> running.set(false)));
    }

    /** Imports a file into the selected table; the format is the file's extension's. */
    public void importFrom(Path file) {
        String table = session.selectedTable().get();
        Optional<TransferFormat> format = formatOf(file);
        start("Import into " + table + " from " + file.getFileName(), "Wrote");
        if (format.isEmpty()) {
            problem(new UserInputException("The file " + file.getFileName() + " does not end in .jsonl, .json or"
                    + " .csv: rename it so its format is known."));
            running.set(false);
            return;
        }
        Database database = session.database();
        LiveFeed<Long> counts = counts("Importing");
        session.run(Tasks.create(() -> database.importer().importFile(table, file, format.get(), counts::offer,
                        cancelled::get))
                .onSuccess(result -> imported(result, table))
                .onError(Exception.class, this::problem)
                .andFinally(() -> {
                    running.set(false);
                    session.tableSetChanged();
                }));
    }

    /** Stops after the batch or page in flight; what was written stays, and the result says how much. */
    public void cancel() {
        cancelled.set(true);
    }

    private void imported(ImportResult result, String table) {
        failures.setAll(result.failures());
        String wrote = "Wrote " + words(result.written()) + " to " + table;
        if (result.cancelled()) {
            done(wrote + "; cancelled there, nothing after it was written.", false);
        } else if (!result.failures().isEmpty()) {
            int refused = result.failures().size();
            done(wrote + "; " + refused + (refused == 1 ? " item was" : " items were") + " not written:", true);
        } else {
            done(wrote + ".", false);
        }
    }

    private void start(String what, String verb) {
        cancelled = new AtomicBoolean();
        title.set(what);
        failures.clear();
        failed.set(false);
        status.set(verb.equals("Wrote") ? "Importing…" : "Exporting…");
        running.set(true);
    }

    private LiveFeed<Long> counts(String verb) {
        return new LiveFeed<>(16, session.fxThread(), latest -> {
            if (running.get()) {
                status.set(verb + "… " + words(latest.get(latest.size() - 1)) + " so far");
            }
        });
    }

    private void done(String words, boolean problem) {
        status.set(words);
        failed.set(problem);
    }

    private void problem(Throwable e) {
        done(ErrorReporter.sentenceFor(e), true);
        session.errors().report(SOURCE, e);
    }

    private static Optional<TransferFormat> formatOf(Path file) {
        try {
            return Optional.of(TransferFormat.of(Optional.empty(), file));
        } catch (UserInputException e) {
            return Optional.empty();
        }
    }

    private static String words(long count) {
        return NumberFormat.getIntegerInstance().format(count) + (count == 1 ? " item" : " items");
    }
}
