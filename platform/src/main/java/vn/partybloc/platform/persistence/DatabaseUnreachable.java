package vn.partybloc.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

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

    /** True when the throwable or one of its causes says the database cannot be reached. */
    public static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (is(t)) {
                return true;
            }
        }
        return false;
    }
}
