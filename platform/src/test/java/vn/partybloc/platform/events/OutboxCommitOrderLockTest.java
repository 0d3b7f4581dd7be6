package vn.partybloc.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteResource;

/**
 * ADR 0001: a writer holds the outbox's commit-order lock from its first event until it commits, so that {@code seq}
 * follows commit order; a bulk command that publishes row after row takes it once, and every transaction anew.
 */
@QuarkusTest
class OutboxCommitOrderLockTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void eachTransactionHoldsTheCommitOrderLockFromItsFirstEventUntilItCommits() {
        List<Boolean> anotherWriterCouldTakeIt = new ArrayList<>();
        for (int transaction = 0; transaction < 2; transaction++) {
            QuarkusTransaction.requiringNew().run(() -> {
                anotherWriterCouldTakeIt.add(anotherWriterCanTakeTheLock());
                for (int event = 0; event < 2; event++) {
                    outbox.publish(new Outbox.Event(
                            NoteResource.TOPIC,
                            "Note",
                            UUID.randomUUID(),
                            "NoteWritten",
                            Map.of("title", "x"),
                            Set.of()));
                    anotherWriterCouldTakeIt.add(anotherWriterCanTakeTheLock());
                }
            });
            anotherWriterCouldTakeIt.add(anotherWriterCanTakeTheLock());
        }
        assertEquals(List.of(true, false, false, true, true, false, false, true), anotherWriterCouldTakeIt);
    }

    /** A consumer's run that announces nothing publishes an empty list: the service's other writers need not wait. */
    @Test
    void publishingNoEventsTakesNoLock() {
        List<Object> seen = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            seen.add(outbox.publishAll(List.of()));
            seen.add(anotherWriterCanTakeTheLock());
        });
        assertEquals(List.of(List.of(), true), seen);
    }

    @Test
    void aDeferringCommandRecordsItsEventsInOrderWhenItEndsAndTakesTheLockOnlyThen() {
        UUID note = UUID.randomUUID();
        List<String> types = List.of("NoteWritten", "NoteRenamed", "NoteRenamed");
        List<String> published = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.deferring(() -> {
                for (String type : types) {
                    UUID id = outbox.publish(
                            new Outbox.Event(NoteResource.TOPIC, "Note", note, type, Map.of("title", type), Set.of()));
                    published.add(type + " " + id);
                }
                seen.add(anotherWriterCanTakeTheLock());
                seen.add(recorded(note));
                return null;
            });
            seen.add(anotherWriterCanTakeTheLock());
            seen.add(recorded(note));
        });
        assertEquals(List.of(true, List.of(), false, published), seen);
    }

    /** The type and id of each event recorded for the aggregate, in the outbox's order. */
    private List<String> recorded(UUID aggregate) {
        return entityManager
                .createNativeQuery(
                        "select event_type || ' ' || event_id from outbox where aggregate_id = ?1 order by seq",
                        String.class)
                .setParameter(1, aggregate.toString())
                .getResultList();
    }

    /** Asked on a connection of its own, outside the test's transaction (which is bound to the test's thread). */
    private boolean anotherWriterCanTakeTheLock() {
        return CompletableFuture.supplyAsync(() -> {
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement tryLock =
                                    connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                        tryLock.setLong(1, Outbox.COMMIT_ORDER_LOCK);
                        try (ResultSet result = tryLock.executeQuery()) {
                            result.next();
                            return result.getBoolean(1);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .join();
    }
}
