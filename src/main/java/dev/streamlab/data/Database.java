package dev.streamlab.data;

import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;

/**
 * The data services of one connection, for a front end that must not touch SDK clients itself: tables, items,
 * reads page by page, and seeding. Key schemas are fetched once and shared by every check.
 */
public final class Database {

    private final Connection connection;
    private final TableCatalog catalog;
    private final TableSchemas schemas;
    private final TableAdmin admin;

    public Database(Connection connection) {
        this.connection = connection;
        this.catalog = new TableCatalog(connection.clients().dynamo());
        this.schemas = new TableSchemas(catalog);
        this.admin = new TableAdmin(connection.clients().dynamo(), connection.profile());
    }

    public ConnectionProfile profile() {
        return connection.profile();
    }

    public TableCatalog tables() {
        return catalog;
    }

    public TableAdmin admin() {
        return admin;
    }

    public ItemStore items() {
        return new ItemStore(connection.clients().dynamo(), schemas);
    }

    public ItemBrowser browser() {
        return new ItemBrowser(connection.clients().dynamo(), schemas);
    }

    public PartiqlStatements partiql() {
        return new PartiqlStatements(connection.clients().dynamo());
    }

    public Seeder seeder() {
        return new Seeder(connection.clients().dynamo(), admin);
    }

    /** Forgets what was known of a table's keys, after it was dropped or created again. */
    public void forget(String table) {
        schemas.forget(table);
    }
}
