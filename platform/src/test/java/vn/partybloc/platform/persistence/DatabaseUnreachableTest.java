package vn.partybloc.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableTest {

    /**
     * PostgreSQL shut down while a transaction commits: the transaction manager throws a rollback whose cause is not the
     * database's, and attaches the driver's "terminating connection" as a suppressed exception (seen in the fault suite:
     * the request got a 500 instead of a 503).
     */
    @Test
    void aCommitCutByAShutdownIsTheDatabaseUnreachable() {
        Exception commit = new IllegalStateException("Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);

        assertTrue(DatabaseUnreachable.causes(new RuntimeException("Error invoking subclass method", commit)));
    }

    @Test
    void aRefusedConnectionIsTheDatabaseUnreachable() {
        assertTrue(DatabaseUnreachable.causes(new RuntimeException(new SQLException("Connection refused", "08001"))));
    }

    @Test
    void aBrokenRuleIsNot() {
        Exception violation = new RuntimeException(new SQLException("duplicate key value", "23505"));
        violation.addSuppressed(new IllegalStateException("rollback"));

        assertFalse(DatabaseUnreachable.causes(violation));
    }
}
