package cn.sgz.infra.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;

/**
 * A read prepared in autocommit that carries its caller's scope itself: writing the scope, the
 * query and clearing the scope go to PostgreSQL as one statement text, which the driver sends in
 * one round trip and the server runs as one implicit transaction. The query sees the scope, and
 * nothing outlives the statement, not even a failure: the implicit transaction's rollback reverts
 * the settings too. The caller's parameters move past the scope's eight, and the caller sees the
 * query's result alone.
 */
final class ScopedRead implements InvocationHandler {
    static final String CLEAR_SCOPE = ScopedDataSource.APPLY_SCOPE.replace("?", "''");
    private static final int SCOPE_PARAMETERS = 8;
    private static final Set<String> NOT_A_QUERY =
            Set.of("executeUpdate", "executeLargeUpdate", "addBatch", "executeBatch", "executeLargeBatch");

    private final Connection borrowed;
    private final PreparedStatement statement;
    private final String[] settings;
    private boolean clearingPassed;

    private ScopedRead(Connection borrowed, PreparedStatement statement, String[] settings) {
        this.borrowed = borrowed;
        this.statement = statement;
        this.settings = settings;
    }

    /** One statement that reads and returns rows, without a statement separator of its own. */
    static boolean applies(String sql) {
        var start = 0;
        while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        return (sql.regionMatches(true, start, "select", 0, 6) || sql.regionMatches(true, start, "with", 0, 4))
                && sql.indexOf(';') < 0;
    }

    static PreparedStatement prepare(Connection borrowed, Connection connection, String sql, String[] settings)
            throws SQLException {
        var statement = connection.prepareStatement(ScopedDataSource.APPLY_SCOPE + ";\n" + sql + "\n;\n" + CLEAR_SCOPE);
        try {
            bindScope(statement, settings);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return (PreparedStatement) Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                new ScopedRead(borrowed, statement, settings));
    }

    private static void bindScope(PreparedStatement statement, String[] settings) throws SQLException {
        for (int i = 0; i < settings.length; i++) {
            statement.setString(i + 1, settings[i]);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        var name = method.getName();
        var none = arguments == null || arguments.length == 0;
        if (NOT_A_QUERY.contains(name) || name.equals("getParameterMetaData")) {
            throw new SQLFeatureNotSupportedException(name + " on a scoped read");
        }
        if (none && (name.equals("executeQuery") || name.equals("execute"))) {
            if (!statement.getConnection().getAutoCommit()) {
                throw new SQLException("a read prepared in autocommit was run inside a transaction", "25000");
            }
            statement.execute(); // the scope's row
            statement.getMoreResults(); // the query's rows
            clearingPassed = false;
            return name.equals("execute") ? Boolean.TRUE : statement.getResultSet();
        }
        switch (name) {
            case "getMoreResults" -> {
                if (!clearingPassed) {
                    clearingPassed = true;
                    call(method, arguments); // on to the clearing's row, which is not the caller's
                }
                return Boolean.FALSE;
            }
            case "clearParameters" -> {
                statement.clearParameters();
                bindScope(statement, settings);
                return null;
            }
            case "getConnection" -> {
                return borrowed;
            }
            case "equals" -> {
                return proxy == arguments[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
                if (method.getDeclaringClass() == PreparedStatement.class
                        && name.startsWith("set")
                        && arguments[0] instanceof Integer index) {
                    arguments[0] = index + SCOPE_PARAMETERS;
                }
                return call(method, arguments);
            }
        }
    }

    private Object call(Method method, Object[] arguments) throws Throwable {
        return ScopedConnection.passOn(statement, method, arguments);
    }
}
