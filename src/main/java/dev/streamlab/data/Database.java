package dev.streamlab.data;

import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.data.tables.CreateTableJson;
import dev.streamlab.data.tables.TableEditor;
import dev.streamlab.data.tables.TablePurge;
import dev.streamlab.data.transfer.ItemExporter;
import dev.streamlab.data.transfer.ItemImporter;

/**
 * The data services of one connection, for a front end that must not touch SDK clients itself: tables, items,
 * reads page by page, export and import, and seeding. Key schemas are fetched once and shared by every check.
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

    /** Writes a read's items to a file: DynamoDB JSON lines, plain JSON or CSV. */
    public ItemExporter exporter() {
        return new ItemExporter(browser(), schemas);
    }

    /** Writes a file's items into a table, each checked first. */
    public ItemImporter importer() {
        return new ItemImporter(connection.clients().dynamo(), schemas);
    }

    /** Creates tables from a form's draft; changes their streams and time to live. */
    public TableEditor editor() {
        return new TableEditor(connection.clients().dynamo(), admin, catalog);
    }

    /** A table as the CreateTable JSON that re-creates it. */
    public String createTableJson(String table) {
        return new CreateTableJson(connection.clients().dynamo()).of(table);
    }

    /** Deletes every item of a table, keeping the table. */
    public TablePurge purge() {
        return new TablePurge(connection.clients().dynamo(), catalog);
    }

    /** Runs PartiQL statements a page at a time. */
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
