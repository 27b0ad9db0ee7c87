package cn.sgz.infra.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/** A borrowed connection whose close gives it back through {@link ScopedDataSource#giveBack}. */
final class ScopedConnection implements InvocationHandler {
    private final Connection connection;
    private final ScopedDataSource pool;
    private boolean closed;

    private ScopedConnection(Connection connection, ScopedDataSource pool) {
        this.connection = connection;
        this.pool = pool;
    }

    static Connection wrap(Connection connection, ScopedDataSource pool) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ScopedConnection(connection, pool));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                if (!closed) {
                    closed = true;
                    pool.giveBack(connection);
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
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
