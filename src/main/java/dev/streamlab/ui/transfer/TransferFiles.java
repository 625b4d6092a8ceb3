package dev.streamlab.ui.transfer;

import java.util.List;
import javafx.stage.FileChooser.ExtensionFilter;

/** The file chooser's filters for exports and imports: a file's extension says its format. */
public final class TransferFiles {

    public static final List<ExtensionFilter> FILTERS = List.of(
            new ExtensionFilter("DynamoDB JSON lines (*.jsonl)", "*.jsonl"),
            new ExtensionFilter("Plain JSON array (*.json)", "*.json"),
            new ExtensionFilter("CSV with typed columns (*.csv)", "*.csv"));

    private TransferFiles() {
    }
}
