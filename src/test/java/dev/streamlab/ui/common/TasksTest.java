package dev.streamlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TasksTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void successThenFinally() throws Exception {
        List<String> seen = new ArrayList<>();

        FxThread.run(() -> Tasks.create(() -> "done")
                .onSuccess(seen::add)
                .andFinally(() -> seen.add("finally"))
                .runOnce(FxThread.SAME_THREAD));

        assertThat(seen).containsExactly("done", "finally");
    }

    @Test
    void theFirstMatchingErrorHandlerWins() throws Exception {
        List<String> seen = new ArrayList<>();

        FxThread.run(() -> Tasks.create(() -> {
                    throw new UserInputException("bad name");
                })
                .onError(UserInputException.class, e -> seen.add("user: " + e.getMessage()))
                .onError(Exception.class, e -> seen.add("other"))
                .andFinally(() -> seen.add("finally"))
                .runOnce(FxThread.SAME_THREAD));

        assertThat(seen).containsExactly("user: bad name", "finally");
    }
}
