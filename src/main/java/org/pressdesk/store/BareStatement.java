package org.pressdesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A statement of a {@link BareConnection}. It remembers how it was made and every parameter and option set on it, so
 * that it can be made again on a new connection. When its connection is in autocommit (a bare statement), a read that
 * meets the file changing hands runs again within the patience, and a write runs alone in a transaction of its own
 * closed by this process's commit receipt ({@link SharedFileWait#transaction}). Inside a transaction it only passes
 * calls on.
 */
final class BareStatement implements InvocationHandler {
    private final BareConnection connection;
    private final Method creation;
    private final Object[] creationArgs;
    private final List<Call> settings = new ArrayList<>();
    private Statement current;
    /**
     * The update count of the last bare write, read before its commit: a caller asks for it after the statement ran
     * (jOOQ does), and by then the file may be changing hands, its serving process gone (H2's 90121 or 90067), while
     * the write is committed and must not run again. It also answers when the write landed on an earlier try, whose
     * connection broke after its commit, and the statement made again never ran. Forgotten at the next execution, at
     * {@code getMoreResults} and when the write failed. (Rows an {@code insert … returning} gives are read after the
     * commit, and meet such a failure as before.)
     */
    private Long writtenCount;

    private record Call(Method method, Object[] args) {
    }

    /** Carries a JDBC failure through the wait's loop, which takes unchecked failures. */
    private static final class Broken extends RuntimeException {
        Broken(SQLException cause) {
            super(cause);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }

    private BareStatement(BareConnection connection, Method creation, Object[] creationArgs, Statement current) {
        this.connection = connection;
        this.creation = creation;
        this.creationArgs = creationArgs;
        this.current = current;
    }

    static Statement wrap(BareConnection connection, Method creation, Object[] args, Statement statement) {
        Class<?> type = creation.getReturnType();
        return (Statement) Proxy.newProxyInstance(BareStatement.class.getClassLoader(), new Class<?>[] {type},
                new BareStatement(connection, creation, args, statement));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args, current);
        }
        String name = method.getName();
        if (current == null && name.equals("close")) {
            return null;
        }
        if (name.startsWith("execute")) {
            writtenCount = null;
            if (connection.bare()) {
                return connection.owner().kinds.writing() ? writeAlone(method, args)
                        : readAgainIfHandedOver(method, args);
            }
        }
        if (writtenCount != null && name.equals("getUpdateCount")) {
            return (int) Math.min(writtenCount, Integer.MAX_VALUE);
        }
        if (writtenCount != null && name.equals("getLargeUpdateCount")) {
            return writtenCount;
        }
        if (name.equals("getMoreResults")) {
            writtenCount = null; // the count belonged to the result left behind
        }
        Object result = BareConnection.call(current, method, args);
        if (remembered(name)) {
            settings.add(new Call(method, args));
        }
        return result;
    }

    /** The calls that shape the statement before it runs: parameters, options, batch rows. */
    private static boolean remembered(String name) {
        return name.startsWith("set") || name.equals("addBatch") || name.equals("clearParameters")
                || name.equals("clearBatch") || name.equals("registerOutParameter");
    }

    private Object readAgainIfHandedOver(Method method, Object[] args) throws SQLException {
        return connection.owner().wait.onceThenUntilFree(() -> readWhole(method, args), () -> {
            renew();
            return readWhole(method, args);
        });
    }

    /**
     * Runs a bare read so that its whole result comes with it. The serving process otherwise sends the rows in parts as
     * they are read, and a result read on while that process leaves broke half-way ("IO Exception", 90028), where no
     * try again could take it up: read at once, a hand-over meets the statement, which the wait runs again. A read
     * that asked for its rows in parts (a cursor over the audit log, say, kept small in memory) keeps its parts, and
     * may still meet a hand-over half-way.
     */
    private Object readWhole(Method method, Object[] args) throws SQLException {
        if (!askedForParts()) {
            current.setFetchSize(Integer.MAX_VALUE);
        }
        return BareConnection.call(current, method, args);
    }

    private boolean askedForParts() {
        for (Call call : settings) {
            if (call.method().getName().equals("setFetchSize")) {
                return true;
            }
        }
        return false;
    }

    private Object writeAlone(Method method, Object[] args) throws SQLException {
        BareConnections owner = connection.owner();
        int[] tries = {0};
        try {
            Object result = owner.wait.transaction(attempt -> {
                try {
                    if (tries[0]++ > 0) {
                        renew();
                    }
                    return commitAlone(attempt, method, args);
                } catch (SQLException e) {
                    throw new Broken(e);
                }
            }, owner.landed);
            owner.afterWrite.run();
            return result;
        } catch (Broken e) {
            writtenCount = null;
            throw e.sql();
        } catch (RuntimeException | Error e) {
            writtenCount = null;
            throw e;
        }
    }

    /** One try of a bare write: the statement, then the receipt, then the commit (decision 0052). */
    private Object commitAlone(CommitAttempt attempt, Method method, Object[] args) throws SQLException {
        Connection file = connection.current();
        if (file == null) {
            renew();
            file = connection.current();
        }
        file.setAutoCommit(false);
        boolean committed = false;
        try {
            Object result = BareConnection.call(current, method, args);
            writtenCount = countOf(method, result);
            connection.owner().receipts.write(DSL.using(file, SQLDialect.H2, Database.settings()), attempt);
            attempt.committing(result, Set.of());
            file.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(file);
            }
            autoCommitQuietly(file);
        }
    }

    /** What the write changed, as its statement tells it now; null for a batch, or a statement that gave rows. */
    private Long countOf(Method method, Object result) throws SQLException {
        if (result instanceof Number count) {
            return count.longValue(); // executeUpdate, executeLargeUpdate
        }
        if (method.getName().equals("execute") && Boolean.FALSE.equals(result)) {
            return current.getLargeUpdateCount();
        }
        return null;
    }

    /** Makes the statement again, as it was made and set, on a new connection. */
    private void renew() throws SQLException {
        BareConnection.closeQuietly(current);
        current = null;
        Connection fresh = connection.renew();
        Statement made = (Statement) BareConnection.call(fresh, creation, creationArgs);
        for (Call call : settings) {
            BareConnection.call(made, call.method(), call.args());
        }
        current = made;
    }

    private static void rollbackQuietly(Connection file) {
        try {
            file.rollback();
        } catch (SQLException e) {
            // a broken connection has nothing left to roll back
        }
    }

    private static void autoCommitQuietly(Connection file) {
        try {
            file.setAutoCommit(true);
        } catch (SQLException e) {
            // a broken connection is replaced before its next statement
        }
    }

    static Object objectMethod(Object proxy, Method method, Object[] args, Object target) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "bare " + target;
        };
    }
}
