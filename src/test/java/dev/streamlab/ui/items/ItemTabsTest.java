package dev.streamlab.ui.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.TestSessions;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Items tabs without a screen: a tab keeps its table and read, and a new session on the connection reopens it. */
class ItemTabsTest {

    private static String orders;
    private static String messages;
    private final Preferences preferences = Preferences.userRoot().node("streamlab-test/" + UUID.randomUUID());
    private ItemsFixture fixture;
    private Session second;

    @BeforeAll
    static void tables() throws Exception {
        FxThread.start();
        orders = TestTables.orders().name();
        for (int amount = 10; amount <= 30; amount += 10) {
            ItemsFixture.put(orders, "{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"" + amount + "\"}}");
        }
        ItemsFixture.put(orders, "{\"Id\": {\"N\": \"2\"}, \"Amount\": {\"N\": \"5\"}}");
        messages = TestTables.messages().name();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        if (second != null) {
            FxThread.run(second::close);
        }
        preferences.removeNode();
    }

    @Test
    void aTabStaysOnItsTableAndQueryAndReopensWithThemOnTheSameConnection() throws Exception {
        fixture = ItemsFixture.connected();
        TabPane pane = FxThread.call(() -> new TabPane(new Tab("Items"), new Tab("Table")));
        ItemTabs tabs = FxThread.call(() -> attached(fixture.session, fixture.viewModel, pane));
        fixture.select(orders);
        FxThread.run(() -> {
            fixture.viewModel.form().mode().set(ReadMode.QUERY);
            fixture.viewModel.form().partitionValue().set("1");
            fixture.viewModel.read();
            tabs.openCurrent();
        });

        assertThat(FxThread.call(() -> pane.getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("Items", "Table", orders);
        ItemsViewModel tab = FxThread.call(tabs::current);
        assertThat(amounts(tab)).containsExactlyInAnyOrder("10", "20", "30");

        fixture.select(messages);
        assertThat(FxThread.call(() -> pane.getSelectionModel().getSelectedIndex())).as("the Items tab shows it")
                .isZero();
        assertThat(amounts(tab)).as("the tab stays on its query").containsExactlyInAnyOrder("10", "20", "30");

        second = TestSessions.connected();
        TabPane reopened = FxThread.call(() -> new TabPane(new Tab("Items")));
        ItemTabs again = FxThread.call(() -> attached(second, new ItemsViewModel(second), reopened));
        assertThat(FxThread.call(() -> reopened.getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("Items", orders);
        FxThread.run(() -> reopened.getSelectionModel().select(1));
        ItemsViewModel reopenedTab = FxThread.call(again::current);
        assertThat(amounts(reopenedTab)).as("it runs its query again").containsExactlyInAnyOrder("10", "20", "30");
        assertThat(FxThread.call(() -> reopenedTab.form().mode().get())).isEqualTo(ReadMode.QUERY);
    }

    private ItemTabs attached(Session session, ItemsViewModel main, TabPane pane) {
        ItemTabs tabs = new ItemTabs(session, main, viewModel -> new Pane(), preferences);
        tabs.attach(pane);
        return tabs;
    }

    private static List<String> amounts(ItemsViewModel viewModel) throws Exception {
        return FxThread.call(() -> viewModel.rows().stream().map(row -> row.cell("Amount").text()).toList());
    }
}
