package dev.streamlab.ui.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.Expressions;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stream view-model on a real connection: the monitor's tables, and a write's record arriving as a row. */
class StreamFollowingTest {

    private Session session;
    private StreamViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.connected();
        viewModel = FxThread.call(() -> new StreamViewModel(session));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(session::close);
    }

    @Test
    void aTableCreatedLaterIsFollowedAndItsFirstWriteArrivesAsARow() throws Exception {
        String orders = TestTables.orders().name();
        FxThread.run(session::tableSetChanged);

        Await.until("the new table is a filter choice", () -> onFx(() -> viewModel.tableChoices().contains(orders)));
        int followed = session.workspace().get().monitor().followed().size();
        assertThat(viewModel.followedTables().get()).isEqualTo(followed);
        assertThat(FxThread.call(() -> viewModel.emptyState().get()))
                .startsWith("Following " + followed + " table").endsWith(" — write an item to see its record here.");

        session.database().items().put(orders, Map.of("Id", AttributeValue.fromN("7"),
                "Amount", AttributeValue.fromN("12.5")), Optional.empty(), Expressions.none());

        Await.until("the INSERT is a row", () -> onFx(() -> rowOf(orders).isPresent()));
        StreamRow row = FxThread.call(() -> rowOf(orders).orElseThrow());
        assertThat(row.eventName()).isEqualTo("INSERT");
        assertThat(row.keys()).contains("Id=7").contains("Amount=12.5");
        assertThat(row.depth()).isEmpty();
    }

    private Optional<StreamRow> rowOf(String table) {
        return viewModel.rows().stream().filter(row -> row.table().equals(table)).findFirst();
    }

    /** The view-model's lists change on the FX thread: read them there. */
    private static boolean onFx(Callable<Boolean> question) {
        try {
            return FxThread.call(question);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
