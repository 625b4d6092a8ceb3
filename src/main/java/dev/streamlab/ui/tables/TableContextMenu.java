package dev.streamlab.ui.tables;

import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** The table list's context menu: the stream's view type, time to live, the CreateTable JSON, purge. */
final class TableContextMenu extends ContextMenu {

    private final TableActions actions;
    private final Supplier<TableEntry> selected;
    private final Supplier<Window> owner;

    TableContextMenu(TableActions actions, Supplier<TableEntry> selected, Supplier<Window> owner) {
        this.actions = actions;
        this.selected = selected;
        this.owner = owner;
        Menu stream = new Menu("Stream");
        stream.getItems().add(item(TableActions.STREAM_OFF, () -> actions.setStream(table(), TableActions.STREAM_OFF)));
        TableActions.VIEW_TYPES.forEach(view -> stream.getItems().add(item(view, () -> actions.setStream(table(),
                view))));
        getItems().addAll(stream, item("Time to live…", this::askTimeToLive),
                item("Copy CreateTable JSON", this::copyJson), new SeparatorMenuItem(),
                item("Purge items…", this::purge));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }

    private String table() {
        TableEntry entry = selected.get();
        return entry == null ? null : entry.name();
    }

    private void askTimeToLive() {
        String table = table();
        if (table == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner.get());
        ask.setTitle("Time to live");
        ask.setHeaderText("Which attribute holds the expiry time of " + table + "'s items?");
        ask.setContentText("Attribute (epoch seconds; blank turns TTL off):");
        ask.showAndWait().ifPresent(attribute -> actions.setTimeToLive(table, attribute));
    }

    private void copyJson() {
        String table = table();
        if (table != null) {
            actions.createTableJson(table, json -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(json);
                Clipboard.getSystemClipboard().setContent(content);
            });
        }
    }

    private void purge() {
        String table = table();
        if (table == null) {
            return;
        }
        TableConfirmation confirmation = actions.purgeConfirmation(table);
        ConfirmationDialog.ask(owner.get(), confirmation).ifPresent(typed -> actions.purge(confirmation, typed));
    }
}
