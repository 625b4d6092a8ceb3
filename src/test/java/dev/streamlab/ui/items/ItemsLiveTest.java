package dev.streamlab.ui.items;

import static dev.streamlab.ui.items.ItemsFixture.fx;
import static dev.streamlab.ui.items.ItemsFixture.item;
import static dev.streamlab.ui.items.ItemsFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shown items follow the table's stream records, made by anyone: a script, the CLI, a trigger. */
class ItemsLiveTest {

    private ItemsFixture fixture;

    @BeforeEach
    void connect() throws Exception {
        fixture = ItemsFixture.connected();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void recordsWithANewImageChangeTheRowsInPlace() throws Exception {
        String table = followed(TestTables.messages().name());
        fixture.select(table);

        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}, \"text\": {\"S\": \"hello\"}}");
        Await.until("the new item is shown", () -> fx(() -> fixture.viewModel.rows().size() == 1));
        assertThat(fx(() -> fixture.viewModel.rows().get(0).change())).isEqualTo(ItemRow.Change.INSERTED);

        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}, \"text\": {\"S\": \"changed\"}}");
        Await.until("the row shows the change", () -> fixture.column("text").equals(List.of("changed")));
        assertThat(fx(() -> fixture.viewModel.rows().get(0).change())).isEqualTo(ItemRow.Change.MODIFIED);
        assertThat(fixture.viewModel.count().get()).isEqualTo("1 item, all read");

        LocalDynamo.clients().dynamo().deleteItem(r -> r.tableName(table)
                .key(item("{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}}")));
        Await.until("the row is gone", () -> fx(() -> fixture.viewModel.rows().isEmpty()));
    }

    @Test
    void onAKeysOnlyStreamTheChangedItemIsReadByItsKey() throws Exception {
        String table = followed(TestTables.orders().name());
        fixture.select(table);

        put(table, "{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"1000.0\"}, \"Customer\": {\"S\": \"Acme\"}}");

        Await.until("the whole item is shown", () -> fixture.column("Customer").contains("Acme"));
        assertThat(fixture.column("Amount")).containsExactly("1000");
    }

    @Test
    void changesTheReadDoesNotShowAreCountedUntilARefresh() throws Exception {
        String table = followed(TestTables.messages().name());
        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}}");
        fixture.select(table);
        FxThread.run(() -> {
            fixture.viewModel.form().mode().set(ReadMode.QUERY);
            fixture.viewModel.form().partitionValue().set("A");
            fixture.viewModel.read();
        });

        put(table, "{\"pk\": {\"S\": \"B\"}, \"sk\": {\"S\": \"1\"}}");
        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"2\"}}");
        Await.until("two changes are counted",
                () -> fx(() -> fixture.viewModel.unseenChanges().get()).equals("2 changes not shown"));
        assertThat(fixture.column("sk")).containsExactly("1");

        FxThread.run(fixture.viewModel::refresh);
        assertThat(fixture.column("sk")).containsExactly("1", "2");
        assertThat(fixture.viewModel.unseenChanges().get()).isEmpty();
    }

    @Test
    void theEditorShowsTheNewVersionUnlessTheUserHasEditedIt() throws Exception {
        String table = followed(TestTables.messages().name());
        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}, \"v\": {\"N\": \"1\"}}");
        fixture.select(table);
        var editor = fixture.viewModel.editor();
        FxThread.run(() -> fixture.viewModel.open(fixture.viewModel.rows().get(0)));

        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}, \"v\": {\"N\": \"2\"}}");
        Await.until("the editor shows version 2", () -> fx(() -> editor.text().get()).contains("\"v\": {\"N\": \"2\"}"));
        assertThat(editor.notice().get().text()).startsWith("Changed in the table (MODIFY) at ");
        assertThat(editor.dirty().get()).isFalse();

        String mine = "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}, \"v\": {\"N\": \"99\"}}";
        FxThread.run(() -> editor.edit(mine));
        put(table, "{\"pk\": {\"S\": \"A\"}, \"sk\": {\"S\": \"1\"}, \"v\": {\"N\": \"3\"}}");
        Await.until("the editor warns", () -> fx(() -> editor.notice().get().warning()));
        assertThat(editor.notice().get().text())
                .isEqualTo("Changed in the table (MODIFY) since you opened it: Save overwrites that change.");
        assertThat(editor.text().get()).isEqualTo(mine);
    }

    /** A table made after the session connected, once its stream is followed (from its first record). */
    private String followed(String table) throws Exception {
        FxThread.run(fixture.session::tableSetChanged);
        Await.until("the stream of " + table + " is followed",
                () -> fixture.session.workspace().get().monitor().followed().contains(table));
        return table;
    }
}
