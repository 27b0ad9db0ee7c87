package cn.sgz.infra.tenancy;

import io.micronaut.core.annotation.Nullable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * A borrowed connection that puts its caller's scope on the server only when something needs it,
 * and whose close gives it back through {@link ScopedDataSource#giveBack}. A read prepared in
 * autocommit carries the scope in its own statement ({@link ScopedRead}: one round trip, nothing
 * left behind). Anything else that can reach the server (a transaction, a write, a plain
 * statement, the driver underneath) first has the scope written on the connection, and the return
 * clears it. Only what runs nothing a policy reads skips the scope.
 */
final class ScopedConnection implements InvocationHandler {
    private static final Set<String> UNSCOPED = Set.of(
            "getAutoCommit",
            "isReadOnly",
            "setReadOnly",
            "commit",
            "rollback",
            "getTransactionIsolation",
            "setTransactionIsolation",
            "getHoldability",
            "getWarnings",
            "clearWarnings",
            "getNetworkTimeout",
            "setNetworkTimeout",
            "isValid",
            "isWrapperFor",
            "abort",
            "toString");

    private final Connection connection;
    private final ScopedDataSource pool;

    /** The caller's settings while they are not yet on the connection; null once written, or unscoped. */
    private @Nullable String[] pending;

    private boolean written;
    private boolean closed;

    private ScopedConnection(Connection connection, ScopedDataSource pool, @Nullable String[] settings) {
        this.connection = connection;
        this.pool = pool;
        this.pending = settings;
    }

    static Connection wrap(Connection connection, ScopedDataSource pool, @Nullable String[] settings) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ScopedConnection(connection, pool, settings));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        var name = method.getName();
        switch (name) {
            case "close" -> {
                if (!closed) {
                    closed = true;
                    pool.giveBack(connection, written);
                }
                return null;
            }
            case "isClosed" -> {
                return closed || connection.isClosed();
            }
            case "equals" -> {
                return proxy == arguments[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
                if (pending != null && !closed && !UNSCOPED.contains(name)) {
                    if (isScopedRead(name, arguments)) {
                        return ScopedRead.prepare((Connection) proxy, connection, (String) arguments[0], pending);
                    }
                    writeScope();
                }
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }

    private boolean isScopedRead(String name, Object[] arguments) throws java.sql.SQLException {
        return name.equals("prepareStatement")
                && arguments.length == 1
                && connection.getAutoCommit()
                && ScopedRead.applies((String) arguments[0]);
    }

    private void writeScope() throws java.sql.SQLException {
        var settings = pending;
        pending = null;
        written = true; // even if writing fails half-way, the return clears or evicts
        ScopedDataSource.write(connection, settings);
    }
}
