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
 * left behind). A transaction has the scope written for itself alone, as its first statement (the
 * driver sends it with the BEGIN), and written again in the next transaction after a commit or
 * rollback. Anything else that can reach the server in autocommit (a plain statement, the driver
 * underneath) first has the scope written for the session, and the return clears it. Only what
 * runs nothing a policy reads skips the scope.
 */
final class ScopedConnection implements InvocationHandler {
    private static final Set<String> UNSCOPED = Set.of(
            "getAutoCommit",
            "isReadOnly",
            "setReadOnly",
            "getTransactionIsolation",
            "setTransactionIsolation",
            "getHoldability",
            "getWarnings",
            "clearWarnings",
            "getNetworkTimeout",
            "setNetworkTimeout",
            "isValid",
            "isWrapperFor",
            "createArrayOf",
            "abort",
            "toString");

    private final Connection connection;
    private final ScopedDataSource pool;

    /** The caller's settings, or null for a borrower without a caller. */
    private final @Nullable String[] settings;

    /** Written for the session (in autocommit): the return must clear them. */
    private boolean sessionScoped;

    /** Written for the open transaction, which clears them when it ends. */
    private boolean transactionScoped;

    private boolean closed;

    private ScopedConnection(Connection connection, ScopedDataSource pool, @Nullable String[] settings) {
        this.connection = connection;
        this.pool = pool;
        this.settings = settings;
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
                    pool.giveBack(connection, sessionScoped);
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
            case "commit", "setAutoCommit" -> {
                transactionScoped = false; // the transaction it was written for ends here
                return call(method, arguments);
            }
            case "rollback" -> {
                if (arguments == null || arguments.length == 0) {
                    transactionScoped = false; // to a savepoint, the transaction and its scope go on
                }
                return call(method, arguments);
            }
            default -> {
                if (settings != null && !closed && !sessionScoped && !UNSCOPED.contains(name)) {
                    if (connection.getAutoCommit()) {
                        if (isScopedRead(name, arguments)) {
                            return ScopedRead.prepare((Connection) proxy, connection, (String) arguments[0], settings);
                        }
                        sessionScoped = true; // even if writing fails half-way, the return clears or evicts
                        ScopedDataSource.write(connection, settings);
                    } else if (!transactionScoped) {
                        transactionScoped = true;
                        ScopedDataSource.write(connection, ScopedDataSource.APPLY_SCOPE_IN_TRANSACTION, settings);
                    }
                }
                return call(method, arguments);
            }
        }
    }

    private Object call(Method method, Object[] arguments) throws Throwable {
        return passOn(connection, method, arguments);
    }

    /** The call as the wrapped object answers it, its failure thrown as that object threw it. */
    static Object passOn(Object wrapped, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(wrapped, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean isScopedRead(String name, Object[] arguments) {
        return name.equals("prepareStatement") && arguments.length == 1 && ScopedRead.applies((String) arguments[0]);
    }
}
