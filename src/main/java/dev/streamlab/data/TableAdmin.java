package dev.streamlab.data;

import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.model.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/** Creates tables from table files and drops them, waiting until DynamoDB has finished either. */
public final class TableAdmin {

    private final DynamoDbClient dynamo;
    private final ConnectionProfile profile;
    private final TableCatalog catalog;

    public TableAdmin(DynamoDbClient dynamo, ConnectionProfile profile) {
        this.dynamo = dynamo;
        this.profile = profile;
        this.catalog = new TableCatalog(dynamo);
    }

    /**
     * Creates the tables of the given files. Every file is read and checked first, and none may name a
     * table that exists already, so a bad file means no table is created.
     */
    public List<TableInfo> load(List<Path> files) {
        List<CreateTableRequest> requests = files.stream().map(CreateTableFile::read).toList();
        var names = new HashSet<String>();
        for (var request : requests) {
            if (!names.add(request.tableName())) {
                throw new UserInputException("Table " + request.tableName()
                        + " is defined by more than one of the files: load each table once.");
            }
        }
        var existing = new HashSet<>(catalog.listTables());
        requests.stream().map(CreateTableRequest::tableName).filter(existing::contains).findFirst()
                .ifPresent(name -> {
                    throw new UserInputException("Table " + name + " already exists at " + profile.describe()
                            + ": drop it first (`tables drop " + name + "`) or leave its file out.");
                });
        return createAll(requests);
    }

    /** Creates the tables in order; if DynamoDB refuses one, the ones made before it are dropped again. */
    private List<TableInfo> createAll(List<CreateTableRequest> requests) {
        List<TableInfo> created = new ArrayList<>();
        try {
            for (var request : requests) {
                created.add(create(request));
            }
            return created;
        } catch (RuntimeException e) {
            created.forEach(table -> drop(table.name(), true));
            throw e;
        }
    }

    /** Creates one table and waits until it is ACTIVE. */
    public TableInfo create(CreateTableRequest request) {
        String subject = "table " + request.tableName();
        SdkErrors.translate(() -> dynamo.createTable(request), subject);
        SdkErrors.translate(() -> dynamo.waiter().waitUntilTableExists(r -> r.tableName(request.tableName())), subject);
        return catalog.describe(request.tableName());
    }

    /**
     * Drops a table and waits until it is gone. Away from a local endpoint this deletes real data,
     * so it needs the caller's explicit confirmation.
     */
    public void drop(String tableName, boolean confirmed) {
        TableNames.require(tableName, "Table name");
        if (!profile.isLocal() && !confirmed) {
            throw new UserInputException("Dropping table " + tableName + " on " + profile.describe()
                    + " deletes its data for good: run again with --yes to confirm.");
        }
        String subject = "table " + tableName;
        SdkErrors.translate(() -> dynamo.deleteTable(r -> r.tableName(tableName)), subject);
        SdkErrors.translate(() -> dynamo.waiter().waitUntilTableNotExists(r -> r.tableName(tableName)), subject);
    }
}
