package org.pressdesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One connection of {@link BareConnections}: it passes everything on to the pool's connection, remembers whether it is
 * in autocommit (outside a transaction), hands out statements that can be run again ({@link BareStatement}), and
 * swaps the pool's connection for a new one when a bare statement found the file changing hands.
 */
final class BareConnection implements InvocationHandler {
    private final BareConnections owner;
    private Connection current;
    private boolean autoCommit = true;

    private BareConnection(BareConnections owner, Connection current) {
        this.owner = owner;
        this.current = current;
    }

    static Connection wrap(BareConnections owner, Connection connection) {
        return (Connection) Proxy.newProxyInstance(BareConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new BareConnection(owner, connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return BareStatement.objectMethod(proxy, method, args, current);
        }
        String name = method.getName();
        if (current == null && name.equals("close")) {
            return null; // a renewal that failed left nothing to give back
        }
        if (name.equals("setAutoCommit")) {
            Object result = call(current, method, args);
            autoCommit = (Boolean) args[0];
            return result;
        }
        if (isStatementFactory(name)) {
            Object made = autoCommit ? madeAgainIfHandedOver(method, args) : call(current, method, args);
            return BareStatement.wrap(this, method, args, (Statement) made);
        }
        return call(current, method, args);
    }

    /**
     * Makes a bare statement, on a new connection when the file is changing hands: H2 prepares a statement on the
     * serving process, so a hand-over shows here first.
     */
    private Object madeAgainIfHandedOver(Method method, Object[] args) throws SQLException {
        return owner.wait.onceThenUntilFree(() -> call(current, method, args), () -> {
            renew();
            return call(current, method, args);
        });
    }

    private static boolean isStatementFactory(String name) {
        return name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall");
    }

    BareConnections owner() {
        return owner;
    }

    /** True outside a transaction: each statement then commits on its own. */
    boolean bare() {
        return autoCommit;
    }

    Connection current() {
        return current;
    }

    /** Gives back the pool's connection that broke and takes another (passing failures are the caller's to wait). */
    Connection renew() throws SQLException {
        Connection broken = current;
        current = null;
        closeQuietly(broken);
        current = owner.another();
        return current;
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // already broken: nothing more to give back
        }
    }

    /** Calls {@code method} on {@code target} and lets its own failure through (not reflection's wrapper). */
    static Object call(Object target, Method method, Object[] args) throws SQLException {
        if (target == null) {
            throw new SQLException("The connection to the shared file is being replaced", "08003",
                    org.h2.api.ErrorCode.CONNECTION_BROKEN_1);
        }
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SQLException(cause);
        }
    }
}
