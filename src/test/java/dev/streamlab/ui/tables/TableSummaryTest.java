package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.TableInfo;
import dev.streamlab.data.TableInfo.KeySchema;
import dev.streamlab.data.TableInfo.StreamInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableSummaryTest {

    @Test
    void localCountsAreExactAndAwsCountsApproximate() {
        assertThat(TableSummary.of(table("ACTIVE", 1234), false).itemCount()).isEqualTo("1,234 items");
        assertThat(TableSummary.of(table("ACTIVE", 1234), false).itemCountNote()).isEmpty();
        assertThat(TableSummary.of(table("ACTIVE", 1234), true).itemCount()).isEqualTo("~1,234 items");
        assertThat(TableSummary.of(table("ACTIVE", 1234), true).itemCountNote()).contains("about every six hours");
        assertThat(TableSummary.of(table("ACTIVE", 1), false).itemCount()).isEqualTo("1 item");
    }

    @Test
    void aTableNotYetActiveShowsItsStatusInsteadOfACount() {
        assertThat(TableSummary.of(table("CREATING", 0), false).itemCount()).isEqualTo("creating…");
    }

    @Test
    void theBadgeIsTheStreamViewType() {
        TableInfo withStream = new TableInfo("t", "ACTIVE", "arn", new KeySchema("id", Optional.empty()),
                Map.of("id", "S"), List.of(), List.of(), Optional.of(new StreamInfo("NEW_AND_OLD_IMAGES", "arn", "l")),
                Optional.empty(), 0, 0);

        assertThat(TableSummary.of(withStream, false).streamBadge()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(TableSummary.of(withStream, false).hasStream()).isTrue();
        assertThat(TableSummary.of(table("ACTIVE", 0), false).streamBadge()).isEqualTo("no stream");
    }

    private static TableInfo table(String status, long items) {
        return new TableInfo("t", status, "arn", new KeySchema("id", Optional.empty()), Map.of("id", "S"), List.of(),
                List.of(), Optional.empty(), Optional.empty(), items, 0);
    }
}
