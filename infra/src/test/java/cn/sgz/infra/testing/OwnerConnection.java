package cn.sgz.infra.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A connection as the schema owner, for tests that inspect or tamper with what the app role cannot. */
public final class OwnerConnection {
    private OwnerConnection() {}

    public static Connection open() throws SQLException {
        var servers = TestServers.servers();
        var connection = DriverManager.getConnection(servers.jdbcUrl(), servers.ownerUser(), servers.ownerPassword());
        try (var statement = connection.createStatement()) {
            // FORCE row-level security binds the owner too; the admin setting opens every row
            statement.execute("SELECT set_config('app.admin', 'on', false)");
        }
        return connection;
    }

    /** The single number a query as the owner returns, e.g. a {@code count(*)}. */
    public static int count(String sql) throws SQLException {
        try (var connection = open();
                var statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    /**
     * Changes audit events as only a hostile owner could: lifting the append-only trigger and forced
     * row-level security for one transaction. Returns the number of rows changed.
     */
    public static int tamperWithAudit(String update) throws SQLException {
        try (var owner = open();
                var statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            statement.execute("ALTER TABLE audit_event NO FORCE ROW LEVEL SECURITY");
            var changed = statement.executeUpdate(update);
            statement.execute("ALTER TABLE audit_event FORCE ROW LEVEL SECURITY");
            statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
            owner.commit();
            return changed;
        }
    }
}
