package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class ProblemExceptionMappersTest {

    /**
     * PostgreSQL shut down while a request's transaction commits: Narayana throws a rollback that has no cause, with
     * the driver's "terminating connection" suppressed in it, and ArC wraps that. The fault suite saw a 500 there, one
     * write in 226 during the outage; the client must get the 503 it may retry.
     */
    @Test
    void aCommitCutByADatabaseShutdownIsA503() {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(xa);

        ProblemException problem =
                ProblemExceptionMappers.fromCause(new RuntimeException("Error invoking subclass method", commit));

        assertNotNull(problem, "the rollback was not recognised");
        assertEquals(ProblemType.UNAVAILABLE, problem.type());
    }

    @Test
    void aDuplicateKeyWithARollbackSuppressedStaysAConflict() {
        Exception duplicate = new RuntimeException(new SQLException("duplicate key value", "23505"));
        duplicate.addSuppressed(new IllegalStateException("rollback"));

        assertEquals(
                ProblemType.CONFLICT,
                ProblemExceptionMappers.fromCause(duplicate).type());
    }
}
