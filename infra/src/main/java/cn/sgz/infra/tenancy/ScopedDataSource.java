package cn.sgz.infra.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collection;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Wraps the pool so that every borrowed connection carries the caller's scope as PostgreSQL
 * settings, which the row-level security policies read, and goes back without any. The scope is
 * put on the server only when the borrower first needs it ({@link ScopedConnection}): a read in
 * autocommit sends it, the query and its clearing as one statement ({@link ScopedRead}), so a
 * lookup costs one round trip and leaves nothing on the connection; a transaction writes it for
 * itself alone, in the round trip that begins it, and its end clears it; anything else in
 * autocommit (a plain statement, the driver underneath) has it written for the session first, and
 * then the return rolls back what is left open, turns autocommit back on and clears it (or evicts
 * the connection when that fails). So a pooled connection never holds a scope and an unscoped
 * borrower sees no tenant rows (fail closed). A connection that comes out of the pool inside a
 * transaction is evicted, never handed out.
 */
final class ScopedDataSource implements DataSource {
    static final String APPLY_SCOPE = """
            SELECT set_config('app.user_id', ?, false),
                   set_config('app.admin', ?, false),
                   set_config('app.bureaus', ?, false),
                   set_config('app.projects', ?, false),
                   set_config('app.read_stations', ?, false),
                   set_config('app.write_stations', ?, false),
                   set_config('app.overseen_projects', ?, false),
                   set_config('app.managed_projects', ?, false)""";
    /** The same settings for the open transaction alone: its end, commit or rollback, clears them. */
    static final String APPLY_SCOPE_IN_TRANSACTION = APPLY_SCOPE.replace(", false)", ", true)");

    private static final int BORROW_ATTEMPTS = 3;

    private final DataSource pool;

    ScopedDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return borrow(() -> pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return borrow(() -> pool.getConnection(username, password));
    }

    private interface Borrow {
        Connection get() throws SQLException;
    }

    private Connection borrow(Borrow borrow) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            var connection = borrow.get();
            if (connection.getAutoCommit()) {
                return ScopedConnection.wrap(
                        connection,
                        this,
                        Tenancy.current().map(ScopedDataSource::settings).orElse(null));
            }
            evict(connection);
            if (attempt == BORROW_ATTEMPTS) {
                throw new SQLException("the pool handed out connections inside a transaction", "08000");
            }
        }
    }

    /** Back to the pool without any scope (cleared if it was written), or out of it. */
    void giveBack(Connection connection, boolean scopeWritten) throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            if (scopeWritten) {
                write(connection, settings(null));
            }
        } catch (SQLException | RuntimeException e) {
            evict(connection);
            return;
        }
        connection.close();
    }

    private void evict(Connection connection) throws SQLException {
        try {
            if (pool.isWrapperFor(HikariDataSource.class)) {
                pool.unwrap(HikariDataSource.class).evictConnection(connection);
                return;
            }
        } catch (SQLException | RuntimeException ignored) {
            // fall through: at least never hand it out again
        }
        connection.abort(Runnable::run);
    }

    /**
     * Writes or clears the settings with the one statement text, which the driver prepares once per
     * connection, so neither the borrow nor the return has PostgreSQL parse and plan it again.
     */
    static void write(Connection connection, String[] values) throws SQLException {
        write(connection, APPLY_SCOPE, values);
    }

    static void write(Connection connection, String text, String[] values) throws SQLException {
        try (var statement = connection.prepareStatement(text)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.execute();
        }
    }

    static String[] settings(Scope scope) {
        if (scope == null) {
            return new String[] {"", "", "", "", "", "", "", ""};
        }
        return new String[] {
            scope.userId().toString(),
            scope.isAdmin() ? "on" : "",
            array(scope.bureaus()),
            array(scope.projects()),
            array(scope.readStations()),
            array(scope.writeStations()),
            array(scope.overseenProjects()),
            array(scope.managedProjects())
        };
    }

    private static String array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** Never the pool underneath: a connection from it would carry no scope and skip the clearing. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("the scoped pool does not hand out what it wraps");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }
}
