package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL rolls back a transaction that lost to a concurrent one (a deadlock, a serialization failure, a lock not
 * available): the request changed nothing, so its 409 tells the client when to send it again. A 409 for a conflict with
 * the state (a duplicate) says nothing of the kind: sent again, it fails again.
 */
class ConcurrentConflictTest {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void aTransactionRolledBackForAConcurrentOneIsA409ToRetryAfterASecond() {
        for (String state : new String[] {"40P01", "40001", "55P03"}) {
            // As Hibernate reports a deadlock found while it flushed.
            Exception lost = new PessimisticLockException(
                    "JDBC exception executing SQL",
                    new LockAcquisitionException("could not execute statement", new SQLException("lost", state)));
            Response response = mappers.unexpected(lost, null, null);
            assertEquals(409, response.getStatus(), state);
            assertEquals("1", response.getHeaderString("Retry-After"), state);
            assertEquals(ProblemType.CONFLICT.uri(), ((Problem) response.getEntity()).type(), state);
        }
    }

    @Test
    void aConflictWithTheStateHasNoRetryAfter() {
        Exception duplicate = new ConstraintViolationException(
                "duplicate key",
                new SQLException("duplicate key value violates unique constraint \"uq_code\"", "23505"),
                "uq_code");
        Response response = mappers.unexpected(duplicate, null, null);
        assertEquals(409, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
    }
}
