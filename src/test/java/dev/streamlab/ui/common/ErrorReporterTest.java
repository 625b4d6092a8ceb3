package dev.streamlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.model.UserInputException;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    @Test
    void aUsersMistakeShowsItsOwnSentenceWithWhereItCameFrom() {
        var errors = new ErrorReporter();

        errors.report("Items", new UserInputException("Table x does not exist here.", new RuntimeException("inner")));

        assertThat(errors.latest().get().message()).isEqualTo("Table x does not exist here.");
        assertThat(errors.latest().get().source()).isEqualTo("Items");
    }

    @Test
    void anythingElseShowsAShortSentenceWithoutItsDetails() {
        var errors = new ErrorReporter();

        errors.report("Stream", new IllegalStateException("pool shut down\n\tat somewhere"));

        assertThat(errors.latest().get().message())
                .isEqualTo("Something went wrong (IllegalStateException): the details are in the log.");
    }

    @Test
    void aSecondProblemDoesNotHideTheFirst() {
        var errors = new ErrorReporter();

        errors.report("Tables", "The seed folder x does not exist.");
        errors.report("Items", "Table y does not exist here.");

        assertThat(errors.problems()).extracting(ErrorReporter.Problem::source).containsExactly("Tables", "Items");
        errors.dismissAll();
        assertThat(errors.problems()).isEmpty();
        assertThat(errors.latest().get()).isNull();
    }

    @Test
    void onlyTheNewestProblemsAreKept() {
        var errors = new ErrorReporter();

        for (int i = 0; i < ErrorReporter.KEPT + 5; i++) {
            errors.report("Stream", "problem " + i);
        }

        assertThat(errors.problems()).hasSize(ErrorReporter.KEPT);
        assertThat(errors.problems().get(0).message()).isEqualTo("problem 5");
    }
}
