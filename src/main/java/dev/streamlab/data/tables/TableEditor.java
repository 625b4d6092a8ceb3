package dev.streamlab.data.tables;

import dev.streamlab.data.SdkErrors;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableInfo;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Creates a table from a form, and changes an existing one's stream and time to live, waiting until it is ACTIVE. */
public final class TableEditor {

    private final DynamoDbClient dynamo;
    private final TableAdmin admin;
    private final TableCatalog catalog;

    public TableEditor(DynamoDbClient dynamo, TableAdmin admin, TableCatalog catalog) {
        this.dynamo = dynamo;
        this.admin = admin;
        this.catalog = catalog;
    }

    /** Creates the table, waits until it is ACTIVE, then turns its time to live on when the draft names one. */
    public TableInfo create(TableDraft draft) {
        var request = draft.request();
        TableInfo created = admin.create(request);
        if (draft.ttl().isPresent()) {
            setTimeToLive(created.name(), draft.ttl());
            return catalog.describe(created.name());
        }
        return created;
    }

    /**
     * Turns the stream off (empty) or on with a view type. DynamoDB does not change the view type of an enabled
     * stream: it is turned off first, then on again, which starts a new stream with a new ARN.
     */
    public TableInfo setStream(String table, Optional<String> viewType) {
        TableInfo before = catalog.describe(table);
        Optional<String> current = before.stream().map(TableInfo.StreamInfo::viewType);
        if (current.equals(viewType)) {
            return before;
        }
        if (current.isPresent()) {
            update(table, StreamSpecification.builder().streamEnabled(false).build());
        }
        viewType.ifPresent(view -> update(table, StreamSpecification.builder().streamEnabled(true)
                .streamViewType(view).build()));
        return catalog.describe(table);
    }

    /** Turns time to live on for an attribute, or off (empty). */
    public TableInfo setTimeToLive(String table, Optional<String> attribute) {
        String subject = "table " + table;
        var current = SdkErrors.translate(() -> dynamo.describeTimeToLive(r -> r.tableName(table)), subject)
                .timeToLiveDescription();
        boolean on = current != null && current.timeToLiveStatus() == TimeToLiveStatus.ENABLED;
        if (on && attribute.isPresent() && attribute.get().equals(current.attributeName())) {
            return catalog.describe(table);
        }
        if (on) {
            SdkErrors.translate(() -> dynamo.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(
                    spec -> spec.enabled(false).attributeName(current.attributeName()))), subject);
        }
        attribute.map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> SdkErrors.translate(
                () -> dynamo.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(
                        spec -> spec.enabled(true).attributeName(name))), subject));
        return catalog.describe(table);
    }

    private void update(String table, StreamSpecification stream) {
        String subject = "table " + table;
        SdkErrors.translate(() -> dynamo.updateTable(r -> r.tableName(table).streamSpecification(stream)), subject);
        SdkErrors.translate(() -> dynamo.waiter().waitUntilTableExists(r -> r.tableName(table)), subject);
    }
}
