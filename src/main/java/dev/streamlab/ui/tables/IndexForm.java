package dev.streamlab.ui.tables;

import dev.streamlab.data.tables.IndexDraft;
import dev.streamlab.data.tables.KeyDraft;
import java.util.Arrays;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One index row of the create-table form, as typed. A local index's partition key is the table's. */
public final class IndexForm {

    private final boolean local;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty partitionName = new SimpleStringProperty(this, "partitionName", "");
    private final StringProperty partitionType = new SimpleStringProperty(this, "partitionType", "S");
    private final StringProperty sortName = new SimpleStringProperty(this, "sortName", "");
    private final StringProperty sortType = new SimpleStringProperty(this, "sortType", "S");
    private final StringProperty projection = new SimpleStringProperty(this, "projection", "ALL");
    private final StringProperty included = new SimpleStringProperty(this, "included", "");

    IndexForm(boolean local) {
        this.local = local;
    }

    public boolean local() {
        return local;
    }

    IndexDraft draft() {
        return new IndexDraft(local, name.get(), new KeyDraft(partitionName.get(), partitionType.get()),
                new KeyDraft(sortName.get(), sortType.get()), projection.get(),
                Arrays.stream(included.get().split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList());
    }

    /** Everything a change of which changes the JSON. */
    Observable[] fields() {
        return new Observable[] {name, partitionName, partitionType, sortName, sortType, projection, included};
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty partitionName() {
        return partitionName;
    }

    public StringProperty partitionType() {
        return partitionType;
    }

    public StringProperty sortName() {
        return sortName;
    }

    public StringProperty sortType() {
        return sortType;
    }

    /** ALL, KEYS_ONLY or INCLUDE. */
    public StringProperty projection() {
        return projection;
    }

    /** INCLUDE's attributes, separated by commas. */
    public StringProperty included() {
        return included;
    }
}
