package dev.quarry.internal.engine;

import dev.quarry.ConnectionAccess;
import dev.quarry.ConnectionWork;
import dev.quarry.error.MisuseException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lends a session's raw connection to a {@link ConnectionWork} ({@code db.withConnection}): behind a proxy that
 * refuses {@code close()} (the connection belongs to Quarry and goes back to its pool or writer slot), with driver
 * errors translated, and outside a transaction checked on return: work that left auto-commit off is rolled back
 * and refused, since the next borrower would otherwise inherit its open transaction. Stateless.
 */
final class LentConnection {
    private LentConnection() {
    }

    static <T> T run(Route route, ConnectionAccess access, ConnectionWork<T> work) {
        Access a = access == ConnectionAccess.READ ? Access.READ : Access.BARE_WRITE;
        boolean inTransaction = route.inTransaction();
        return route.run(a, false, false, s -> {
            Connection c = s.lease.connection;
            try {
                T result = work.run(guarded(c));
                if (!inTransaction && !c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                    throw new MisuseException("the work given to withConnection turned auto-commit off and left it "
                            + "off; its open transaction was rolled back. Commit and turn auto-commit on again "
                            + "before returning, or use db.transaction(...)");
                }
                return result;
            } catch (SQLException e) {
                throw s.translate(e, null);
            }
        });
    }

    private static Connection guarded(Connection c) {
        InvocationHandler h = (proxy, method, args) -> invoke(c, method, args);
        return (Connection) Proxy.newProxyInstance(LentConnection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, h);
    }

    private static Object invoke(Connection c, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            throw new MisuseException("the connection lent by withConnection belongs to Quarry; do not close it");
        }
        try {
            return method.invoke(c, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
