package org.pressdesk.store;

import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Query;
import org.jooq.Update;

/**
 * Tells the shared file's bare connections ({@link BareConnections}) whether the statement jOOQ is about to run on the
 * calling thread writes: jOOQ knows the query it runs, where the JDBC statement only has its text (an
 * {@code insert … returning} is rendered for H2 as a {@code select … from final table (insert …)}).
 */
final class StatementKinds implements ExecuteListener {
    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<Boolean> writing = new ThreadLocal<>();

    @Override
    public void executeStart(ExecuteContext ctx) {
        writing.set(writes(ctx));
    }

    @Override
    public void end(ExecuteContext ctx) {
        writing.remove();
    }

    /**
     * True when the statement the calling thread runs now may change the file; also when jOOQ did not say (a
     * statement is then treated as a write, which is the careful side: it runs alone with a commit receipt).
     */
    boolean writing() {
        Boolean kind = writing.get();
        return kind == null || kind;
    }

    private static boolean writes(ExecuteContext ctx) {
        Query query = ctx.query();
        if (query instanceof Insert<?> || query instanceof Update<?> || query instanceof Delete<?>
                || query instanceof Merge<?>) {
            return true;
        }
        return switch (ctx.type()) {
            case READ, OTHER -> false;
            default -> true;
        };
    }
}
