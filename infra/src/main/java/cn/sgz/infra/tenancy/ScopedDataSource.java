package cn.sgz.infra.tenancy;

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
 * Wraps the pool so that every borrowed connection first carries the caller's scope as PostgreSQL
 * settings, which the row-level security policies read. Every borrow overwrites all settings in one
 * round trip, with empty values when no scope is bound, so a connection can never hand one
 * caller's scope to the next and an unscoped borrower sees no tenant rows (fail closed). The
 * settings are session-level and set in autocommit, so a later rollback cannot revert them.
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

    private final DataSource pool;

    ScopedDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(pool.getConnection(username, password));
    }

    private static Connection scoped(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(APPLY_SCOPE)) {
            var values = settings(Tenancy.current().orElse(null));
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.execute();
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
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

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
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
