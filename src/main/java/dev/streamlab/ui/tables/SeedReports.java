package dev.streamlab.ui.tables;

import dev.streamlab.data.Seeder;
import java.nio.file.Path;

/** A seed's report as one sentence for the confirmation above the list. */
final class SeedReports {

    private SeedReports() {
    }

    static String inWords(Path folder, Seeder.Report report) {
        int items = report.itemsWritten().values().stream().mapToInt(Integer::intValue).sum();
        int created = report.created().size();
        int existing = report.existing().size();
        String tables;
        if (created == 0) {
            tables = "its " + count(existing) + " were there already";
        } else {
            tables = count(created) + " created" + (existing == 0 ? "" : " (" + existing + " were there already)");
        }
        return "Loaded " + folder.getFileName() + ": " + tables + ", " + TableSummary.items(items) + " written.";
    }

    private static String count(int tables) {
        return tables + (tables == 1 ? " table" : " tables");
    }
}
