package dev.streamlab.ui.tables;

import dev.streamlab.data.Seeder;
import java.nio.file.Path;

/** A seed's report as one sentence for the confirmation under the list. */
final class SeedReports {

    private SeedReports() {
    }

    static String inWords(Path folder, Seeder.Report report) {
        int items = report.itemsWritten().values().stream().mapToInt(Integer::intValue).sum();
        int created = report.created().size();
        String tables = created + (created == 1 ? " table" : " tables") + " created";
        if (!report.existing().isEmpty()) {
            tables += " (" + report.existing().size() + " already there, kept)";
        }
        return "Loaded " + folder.getFileName() + ": " + tables + ", " + TableSummary.items(items) + " written.";
    }
}
