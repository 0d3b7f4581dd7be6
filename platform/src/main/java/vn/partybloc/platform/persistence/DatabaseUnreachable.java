package vn.partybloc.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a failure that says the database cannot be reached (refused or lost connection, server shutting down,
 * no pooled connection in time) rather than anything about the request or event being worked on.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {}

    /** True when this throwable itself says the database cannot be reached. */
    public static boolean is(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith("08") || state.startsWith("57P0");
            }
            return sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        return false;
    }

    /**
     * True when the throwable, one of its causes or one of their suppressed exceptions says the database cannot be
     * reached: a commit cut by a shutdown arrives as the transaction manager's rollback with the driver's error
     * suppressed in it.
     */
    public static boolean causes(Throwable e) {
        return reason(e).isPresent();
    }

    /** The exception, among the throwable, its causes and their suppressed ones, that says the database is out of reach. */
    public static Optional<Throwable> reason(Throwable e) {
        return reason(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<Throwable> reason(Throwable e, Set<Throwable> seen) {
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (is(t)) {
                return Optional.of(t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Optional<Throwable> found = reason(suppressed, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
