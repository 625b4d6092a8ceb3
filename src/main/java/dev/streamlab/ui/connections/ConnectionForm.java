package dev.streamlab.ui.connections;

import dev.streamlab.connect.SavedConnection;
import dev.streamlab.connect.SavedConnection.Kind;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The connection form's fields, as typed; checked only when saved, tested or connected. */
public final class ConnectionForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LOCAL);
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Kind> kind() {
        return kind;
    }

    public StringProperty endpoint() {
        return endpoint;
    }

    public StringProperty profile() {
        return profile;
    }

    public StringProperty region() {
        return region;
    }

    SavedConnection checked() {
        return SavedConnection.checked(name.get(), kind.get(), endpoint.get(), profile.get(), region.get());
    }

    void show(SavedConnection connection) {
        name.set(connection == null ? "" : connection.name());
        kind.set(connection == null ? Kind.LOCAL : connection.kind());
        endpoint.set(connection == null ? "http://localhost:8000"
                : connection.endpoint().map(Object::toString).orElse(""));
        profile.set(connection == null ? "" : connection.awsProfile().orElse(""));
        region.set(connection == null ? "" : connection.region());
    }
}
