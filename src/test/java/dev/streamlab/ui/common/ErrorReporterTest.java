package dev.streamlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.model.UserInputException;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    @Test
    void aUsersMistakeShowsItsOwnSentence() {
        var errors = new ErrorReporter();

        errors.report(new UserInputException("Table x does not exist here.", new RuntimeException("inner")));

        assertThat(errors.message().get()).isEqualTo("Table x does not exist here.");
    }

    @Test
    void anythingElseShowsAShortSentenceWithoutItsDetails() {
        var errors = new ErrorReporter();

        errors.report(new IllegalStateException("pool shut down\n\tat somewhere"));

        assertThat(errors.message().get())
                .isEqualTo("Something went wrong (IllegalStateException): the details are in the log.");
    }
}
