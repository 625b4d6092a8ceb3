package dev.streamlab.ui.items;

import static dev.streamlab.ui.items.ItemsFixture.get;
import static dev.streamlab.ui.items.ItemsFixture.item;
import static dev.streamlab.ui.items.ItemsFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.testing.TestTables;
import dev.streamlab.ui.common.FxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The item editor without a screen: checked as typed, lossless both ways, and writing through the ItemStore. */
class ItemEditorViewModelTest {

    private static final String DIGITS_38 = "12345678901234567890123456789012345678";

    /** A table of its own per test, holding one item: Id 1, Amount 10, Customer Acme. */
    private String orders;
    private ItemsFixture fixture;
    private ItemEditorViewModel editor;

    @BeforeEach
    void open() throws Exception {
        FxThread.start();
        orders = TestTables.orders().name();
        put(orders, "{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"10\"}, \"Customer\": {\"S\": \"Acme\"}}");
        fixture = ItemsFixture.connected();
        fixture.select(orders);
        editor = fixture.viewModel.editor();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void invalidJsonNamesTheLineAndColumnDisablesSaveAndWritesNothing() throws Exception {
        FxThread.run(fixture.viewModel::newItem);
        assertThat(editor.canSave().get()).isTrue();

        FxThread.run(() -> editor.edit("{\n  \"Id\": {\"N\": \"2\"},\n  \"Amount\" {\"N\": \"20\"}\n}"));

        assertThat(editor.problem().get()).startsWith("The item is not valid JSON at line 3, column 12 (");
        assertThat(editor.problemLine().get()).isEqualTo(3);
        assertThat(editor.problemColumn().get()).isEqualTo(12);
        assertThat(editor.canSave().get()).isFalse();

        FxThread.run(fixture.viewModel::save);
        assertThat(editor.notice().get().warning()).isTrue();
        assertThat(editor.notice().get().text()).startsWith("Nothing is written while the JSON is invalid: The item"
                + " is not valid JSON at line 3, column 12");
        assertThat(get(orders, "{\"Id\": {\"N\": \"2\"}, \"Amount\": {\"N\": \"20\"}}")).isEmpty();

        FxThread.run(() -> editor.edit("{\n  \"Id\": {\"N\": \"2\"},\n  \"Amount\": {\"N\": \"20\"}\n}"));
        assertThat(editor.problem().get()).isEmpty();
        assertThat(editor.problemLine().get()).isZero();
        assertThat(editor.canSave().get()).isTrue();
    }

    @Test
    void aNewItemStartsFromTheKeyAttributesWithTheirTypes() throws Exception {
        FxThread.run(fixture.viewModel::newItem);

        assertThat(editor.text().get()).isEqualTo("{\n  \"Id\": {\"N\": \"0\"},\n  \"Amount\": {\"N\": \"0\"}\n}");
        assertThat(editor.title().get()).isEqualTo("New item");
        assertThat(editor.condition().get()).isEqualTo(WriteCondition.ONLY_IF_NEW);
        assertThat(editor.canDelete().get()).isFalse();
    }

    @Test
    void switchingToPlainJsonAndBackLosesNothingNotEvenThe38thDigit() throws Exception {
        var item = item("{\"Id\": {\"N\": \"3\"}, \"Amount\": {\"N\": \"" + DIGITS_38 + "\"}, "
                + "\"Nested\": {\"M\": {\"list\": {\"L\": [{\"N\": \"0.10\"}, {\"NULL\": true}, {\"BOOL\": false}]}}}}");
        FxThread.run(() -> editor.open(fixture.viewModel.table().get(), item));

        assertThat(FxThread.call(() -> editor.showPlain(true))).isTrue();
        assertThat(editor.text().get()).contains("\"Amount\": " + DIGITS_38 + ",")
                .contains("\"Nested\": {\"list\": [0.10, null, false]}");
        assertThat(editor.dirty().get()).as("the same item in another form").isFalse();

        assertThat(FxThread.call(() -> editor.showPlain(false))).isTrue();
        assertThat(ItemText.read(editor.text().get(), false)).isEqualTo(item);
        assertThat(editor.text().get()).contains("\"Amount\": {\"N\": \"" + DIGITS_38 + "\"}");
    }

    @Test
    void plainJsonIsRefusedWithASentenceWhenTheItemHasASet() throws Exception {
        var item = item("{\"Id\": {\"N\": \"4\"}, \"Amount\": {\"N\": \"1\"}, \"Tags\": {\"SS\": [\"a\", \"b\"]}}");
        FxThread.run(() -> editor.open(fixture.viewModel.table().get(), item));
        String before = editor.text().get();

        assertThat(FxThread.call(() -> editor.showPlain(true))).isFalse();

        assertThat(editor.plain().get()).isFalse();
        assertThat(editor.text().get()).isEqualTo(before).contains("\"Tags\": {\"SS\": [\"a\", \"b\"]}");
        assertThat(editor.notice().get()).isEqualTo(EditorNotice.warning("Plain JSON has no sets or binary, and"
                + " this item has \"Tags\" (a set, SS): it stays in DynamoDB JSON."));
    }

    @Test
    void saveWritesThroughTheItemStoreAndShowsTheItemSelected() throws Exception {
        FxThread.run(() -> {
            fixture.viewModel.newItem();
            editor.edit("{\"Id\": {\"N\": \"5\"}, \"Amount\": {\"N\": \"250.50\"}, \"Tags\": {\"SS\": [\"new\"]}}");
            fixture.viewModel.save();
        });

        assertThat(get(orders, "{\"Id\": {\"N\": \"5\"}, \"Amount\": {\"N\": \"250.5\"}}")).get()
                .extracting(saved -> saved.get("Tags").ss()).asList().containsExactly("new");
        ItemRow selected = fixture.viewModel.rowToSelect().get();
        assertThat(selected.cell("Amount").text()).isEqualTo("250.5");
        assertThat(selected.change()).isEqualTo(ItemRow.Change.INSERTED);
        assertThat(fixture.column("Id")).containsExactly("1", "5");
        assertThat(editor.title().get()).isEqualTo("5 · 250.5");
        assertThat(editor.notice().get().text()).startsWith("Saved at ");
        assertThat(editor.dirty().get()).isFalse();
        assertThat(editor.canDelete().get()).isTrue();
        assertThat(fixture.session.errors().problems()).isEmpty();
    }

    @Test
    void onlyIfNewLeavesAnExistingItemAsItWas() throws Exception {
        FxThread.run(() -> {
            fixture.viewModel.newItem();
            editor.edit("{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"10\"}, \"Customer\": {\"S\": \"Other\"}}");
            fixture.viewModel.save();
        });

        assertThat(editor.notice().get()).isEqualTo(EditorNotice.warning(
                "The condition on table " + orders + " was not met, so nothing was written."));
        assertThat(fixture.session.errors().latest().get().source()).isEqualTo("Item editor");
        assertThat(get(orders, "{\"Id\": {\"N\": \"1\"}, \"Amount\": {\"N\": \"10\"}}")).get()
                .extracting(saved -> saved.get("Customer").s()).isEqualTo("Acme");
    }

    @Test
    void keyAttributesAndTheirTypesAreCheckedBeforeAnythingIsWritten() throws Exception {
        FxThread.run(() -> {
            fixture.viewModel.newItem();
            editor.edit("{\"Id\": {\"S\": \"6\"}, \"Amount\": {\"N\": \"1\"}}");
            fixture.viewModel.save();
        });

        assertThat(editor.notice().get().text()).isEqualTo("The item gives \"Id\" as S, but table " + orders
                + " declares it N (a number): write it as {\"N\": ...}.");
        assertThat(fixture.column("Id")).containsExactly("1");
    }

    @Test
    void anEmptyKeyIsRefusedBeforeAnythingIsSent() throws Exception {
        String plain = TestTables.plain();
        fixture.select(plain);
        FxThread.run(() -> {
            fixture.viewModel.newItem();
            fixture.viewModel.save();
        });

        assertThat(editor.notice().get()).isEqualTo(EditorNotice.warning("The key attribute \"id\" is empty, and"
                + " DynamoDB keys cannot be: give it a value, then Save."));
        assertThat(fixture.session.errors().problems()).isEmpty();
    }

    @Test
    void changingTheKeyOfAStoredItemSavesANewOneAndSaysSo() throws Exception {
        FxThread.run(() -> {
            fixture.viewModel.open(fixture.viewModel.rows().get(0));
            editor.edit(editor.text().get().replace("\"10\"", "\"11\""));
            fixture.viewModel.save();
        });

        assertThat(editor.notice().get().text()).contains("the key changed, so the item with the old key is still"
                + " there.");
        assertThat(fixture.column("Amount")).containsExactly("10", "11");
    }

    @Test
    void deleteRemovesTheItemAndItsRowAndKeepsTheTextToPutItBack() throws Exception {
        put(orders, "{\"Id\": {\"N\": \"7\"}, \"Amount\": {\"N\": \"70\"}}");
        FxThread.run(fixture.viewModel::refresh);
        ItemRow row = FxThread.call(() -> fixture.viewModel.rows().stream()
                .filter(shown -> shown.cell("Id").text().equals("7")).findFirst().orElseThrow());

        FxThread.run(() -> {
            fixture.viewModel.open(row);
            editor.delete();
        });

        assertThat(get(orders, "{\"Id\": {\"N\": \"7\"}, \"Amount\": {\"N\": \"70\"}}")).isEmpty();
        assertThat(fixture.column("Id")).doesNotContain("7");
        assertThat(editor.text().get()).contains("\"Amount\": {\"N\": \"70\"}");
        assertThat(editor.condition().get()).isEqualTo(WriteCondition.ONLY_IF_NEW);
        assertThat(editor.canDelete().get()).isFalse();
        assertThat(editor.notice().get().text()).startsWith("Deleted at ").endsWith("Save puts it back.");
    }

    @Test
    void duplicateMakesANewItemWithTheSameAttributes() throws Exception {
        FxThread.run(() -> {
            fixture.viewModel.open(fixture.viewModel.rows().get(0));
            editor.duplicate();
        });

        assertThat(editor.title().get()).isEqualTo("New item");
        assertThat(editor.text().get()).contains("\"Customer\": {\"S\": \"Acme\"}");
        assertThat(editor.condition().get()).isEqualTo(WriteCondition.ONLY_IF_NEW);
        assertThat(editor.canDelete().get()).isFalse();
    }
}
