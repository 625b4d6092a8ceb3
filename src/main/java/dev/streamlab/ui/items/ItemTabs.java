package dev.streamlab.ui.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.streamlab.json.Json;
import dev.streamlab.ui.common.Session;
import dev.streamlab.ui.common.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * Items tabs beside the Items tab: each stays on one table and its own read, whatever is selected in the tables
 * list, so that several tables or queries stay open. They are per connection, and reopen with their reads at the
 * next start (kept in the window's preferences: table names and read bars, no items).
 */
public final class ItemTabs {

    private final Session session;
    private final ItemsViewModel main;
    private final Function<ItemsViewModel, Parent> views;
    private final Preferences preferences;
    private final Map<Tab, ItemsViewModel> open = new LinkedHashMap<>();
    private TabPane pane;
    private String connection;

    /**
     * @param views       loads the items view for a view-model
     * @param preferences where each connection's open tabs are kept
     */
    public ItemTabs(Session session, ItemsViewModel main, Function<ItemsViewModel, Parent> views,
            Preferences preferences) {
        this.session = session;
        this.main = main;
        this.views = views;
        this.preferences = preferences;
    }

    /** Puts the tabs into {@code tabs}, after the ones it has, and reopens the connection's tabs as it opens. */
    public void attach(TabPane tabs) {
        this.pane = tabs;
        session.workspace().addListener((observable, before, now) -> switched(now));
        // A table picked in the list is shown in the Items tab: bring it to the front.
        session.selectedTable().addListener((observable, before, now) -> {
            if (open.containsKey(pane.getSelectionModel().getSelectedItem())) {
                pane.getSelectionModel().select(0);
            }
        });
        switched(session.workspace().get());
    }

    /** The items view the user is looking at: a tab's, or the Items tab's. */
    public ItemsViewModel current() {
        return open.getOrDefault(pane.getSelectionModel().getSelectedItem(), main);
    }

    /** Ctrl+T: the table and read shown in the current items view, in a new tab of their own. */
    public void openCurrent() {
        ItemsViewModel shown = current();
        if (shown.table().get() != null) {
            Tab tab = open(shown.table().get().name(), ReadSnapshot.of(shown.form()));
            pane.getSelectionModel().select(tab);
            save();
        }
    }

    /** Ctrl+W: closes the items tab shown; the Items tab itself stays. */
    public void closeCurrent() {
        Tab tab = pane.getSelectionModel().getSelectedItem();
        if (open.containsKey(tab)) {
            pane.getTabs().remove(tab);
        }
    }

    private Tab open(String table, ReadSnapshot read) {
        ItemsViewModel viewModel = ItemsViewModel.pinnedTo(session, table, read);
        Tab tab = new Tab(table, views.apply(viewModel));
        tab.getStyleClass().add("items-tab");
        Tooltip words = new Tooltip(read.words());
        tab.setTooltip(words);
        viewModel.lastRead().addListener((observable, before, now) -> {
            words.setText(now.words());
            save();
        });
        tab.setOnClosed(event -> {
            open.remove(tab);
            viewModel.close();
            save();
        });
        open.put(tab, viewModel);
        pane.getTabs().add(tab);
        return tab;
    }

    private void switched(Workspace now) {
        open.keySet().forEach(tab -> open.get(tab).close());
        pane.getTabs().removeAll(open.keySet());
        open.clear();
        connection = now == null ? null : now.name();
        if (connection != null) {
            for (JsonNode kept : kept()) {
                ReadSnapshot read = ReadSnapshot.fromJson(kept.path("read"));
                if (read != null && kept.path("table").isTextual()) {
                    open(kept.path("table").asText(), read);
                }
            }
        }
    }

    private void save() {
        if (connection == null) {
            return;
        }
        ArrayNode tabs = Json.mapper().createArrayNode();
        open.values().forEach(viewModel -> {
            ReadSnapshot read = viewModel.lastRead().get() != null ? viewModel.lastRead().get()
                    : ReadSnapshot.of(viewModel.form());
            if (viewModel.table().get() != null) {
                tabs.addObject().put("table", viewModel.table().get().name()).set("read",
                        read.toJson());
            }
        });
        String text = tabs.toString();
        // A preference holds 8 KB: beyond it (dozens of tabs), the tabs are not kept rather than kept broken.
        preferences.put(key(), text.length() <= Preferences.MAX_VALUE_LENGTH ? text : "[]");
    }

    private JsonNode kept() {
        try {
            JsonNode tabs = Json.mapper().readTree(preferences.get(key(), "[]"));
            return tabs.isArray() ? tabs : Json.mapper().createArrayNode();
        } catch (JsonProcessingException e) {
            return Json.mapper().createArrayNode();
        }
    }

    private String key() {
        return connection.length() <= Preferences.MAX_KEY_LENGTH ? connection
                : connection.substring(0, Preferences.MAX_KEY_LENGTH);
    }
}
