package dev.streamlab.ui.items;

import dev.streamlab.ui.common.Session;

/** The selected table's items, a page at a time, and the item being edited. */
public final class ItemsViewModel {

    private final Session session;

    public ItemsViewModel(Session session) {
        this.session = session;
    }

    public void refresh() {
    }

    public void newItem() {
    }

    public void save() {
    }
}
