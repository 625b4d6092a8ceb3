package dev.streamlab.ui.common;

import java.net.URL;
import java.util.Objects;

/** Every view's FXML, by its classpath location (the top-level fxml/ folder). */
public enum FxmlView {
    MAIN("/fxml/main.fxml"),
    TABLES("/fxml/tables.fxml"),
    TABLE_DETAILS("/fxml/table-details.fxml"),
    ITEMS("/fxml/items.fxml"),
    STREAM("/fxml/stream.fxml"),
    TRACE("/fxml/trace.fxml"),
    TRIGGERS("/fxml/triggers.fxml"),
    TRIGGER_LOG("/fxml/trigger-log.fxml"),
    MAPPING_FORM("/fxml/mapping-form.fxml"),
    SCENARIOS("/fxml/scenarios.fxml"),
    CONNECTIONS("/fxml/connections.fxml"),
    TRANSFER("/fxml/transfer.fxml"),
    TABLE_FORM("/fxml/table-form.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public URL location() {
        return Objects.requireNonNull(FxmlView.class.getResource(path), () -> path + " is not on the classpath");
    }
}
