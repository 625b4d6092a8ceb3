package dev.streamlab.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableConfirmationTest {

    private static final TableSummary TWELVE = new TableSummary("NEW_IMAGE", true, "12 items", "");

    @Test
    void locallyAYesIsEnough() {
        var confirmation = TableConfirmation.of("Orders", TWELVE, false);

        assertThat(confirmation.requiresTypedName()).isFalse();
        assertThat(confirmation.accepts(null)).isTrue();
        assertThat(confirmation.question()).isEqualTo("Drop table Orders?");
        assertThat(confirmation.consequence())
                .isEqualTo("The table and its 12 items are deleted; this cannot be undone.");
    }

    @Test
    void onAwsOnlyTheExactNameConfirms() {
        var confirmation = TableConfirmation.of("Orders", TWELVE, true);

        assertThat(confirmation.requiresTypedName()).isTrue();
        assertThat(confirmation.accepts(null)).isFalse();
        assertThat(confirmation.accepts("")).isFalse();
        assertThat(confirmation.accepts("orders")).isFalse();
        assertThat(confirmation.accepts("Orders ")).isFalse();
        assertThat(confirmation.accepts("Orders")).isTrue();
        assertThat(confirmation.consequence()).isEqualTo("The table and its 12 items are deleted from AWS for good."
                + " Type the table's name to confirm.");
    }

    @Test
    void aPurgeOnAwsAlsoWaitsForTheTypedNameAndSaysTheTableStays() {
        var confirmation = TableConfirmation.of(TableConfirmation.Kind.PURGE, "Orders", TWELVE, true);

        assertThat(confirmation.accepts("Order")).isFalse();
        assertThat(confirmation.accepts("Orders")).isTrue();
        assertThat(confirmation.title()).isEqualTo("Purge items");
        assertThat(confirmation.verb()).isEqualTo("Purge");
        assertThat(confirmation.question()).isEqualTo("Delete every item of Orders?");
        assertThat(confirmation.consequence()).isEqualTo("Its 12 items are deleted, one REMOVE record each; the table,"
                + " its indexes and its stream stay, on AWS, for good. Type the table's name to confirm.");
    }

    @Test
    void aTableNotDescribedYetStillSaysItsItemsGo() {
        assertThat(TableConfirmation.of("Orders", null, false).consequence())
                .isEqualTo("The table and its items are deleted; this cannot be undone.");
    }
}
