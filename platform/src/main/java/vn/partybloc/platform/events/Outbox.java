package vn.partybloc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Records an event in the {@code outbox} table inside the caller's transaction, so the event exists exactly when
 * the state change does. The relay publishes it to Kafka after commit.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Outbox writers take this transaction-level advisory lock, held until commit, so {@code seq} follows commit
     * order: the relay and the changes feed then never skip a row that commits late.
     */
    public static final long COMMIT_ORDER_LOCK = 0x0B0C_0001L;

    /** The transaction's resource that holds the events of a {@link #deferring} command until it ends. */
    private static final String DEFERRED = Outbox.class.getName() + ".deferred";

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transaction;

    public Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transaction) {
        this.em = em;
        this.json = json;
        this.transaction = transaction;
    }

    /**
     * One event to record: where it goes, what it is about, its data (serialized as JSON), and the organizations it
     * concerns (none: in no subtree's feed). The outbox adds every organization above them as the tree stands now;
     * an event about a move names the organization left as well as the one joined, so that it is in both subtrees.
     */
    public record Event(
            String topic,
            String aggregateType,
            Object aggregateId,
            String eventType,
            Object data,
            Set<UUID> organizations) {

        public Event {
            organizations = Set.copyOf(organizations);
        }
    }

    /** The organizations among {@code ids} that are not null, for {@link Event#organizations}. */
    public static Set<UUID> about(UUID... ids) {
        Set<UUID> about = new LinkedHashSet<>();
        for (UUID id : ids) {
            if (id != null) {
                about.add(id);
            }
        }
        return about;
    }

    /**
     * Call last in a command, after every state change: the pending changes are flushed first so that row locks are
     * always taken before the commit-order lock (no deadlock between writers).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Event event) {
        return publishAll(List.of(event)).get(0);
    }

    /**
     * As {@link #publish}, for many events at once (bulk commands): one flush, one lock and one JDBC batch; none of
     * them for no events.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Recorded> recorded = new ArrayList<>(events.size());
        for (Event event : events) {
            try {
                recorded.add(new Recorded(UUID.randomUUID(), event, json.writeValueAsString(event.data())));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Event data of " + event.eventType() + " cannot be serialized", e);
            }
        }
        @SuppressWarnings("unchecked")
        List<Recorded> deferred = (List<Recorded>) transaction.getResource(DEFERRED);
        if (deferred != null) {
            deferred.addAll(recorded);
        } else {
            record(recorded);
        }
        return recorded.stream().map(Recorded::id).toList();
    }

    /**
     * Runs a bulk command whose rows publish one after another, and records their events together when it ends: in
     * one JDBC batch, the commit-order lock taken only then, so that the service's other writers wait for the
     * command's last statement rather than for its whole run. The events are recorded in the order published, in the
     * same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T deferring(Supplier<T> command) {
        if (transaction.getResource(DEFERRED) != null) {
            return command.get();
        }
        List<Recorded> deferred = new ArrayList<>();
        transaction.putResource(DEFERRED, deferred);
        T result;
        try {
            result = command.get();
        } finally {
            transaction.putResource(DEFERRED, null);
        }
        if (!deferred.isEmpty()) {
            record(deferred);
        }
        return result;
    }

    private record Recorded(UUID id, Event event, String payload) {}

    private void record(List<Recorded> events) {
        em.flush();
        takeCommitOrderLock();
        Timestamp now = Timestamp.from(Instant.now());
        String traceparent = EventTraces.current();
        em.unwrap(Session.class).doWork(connection -> {
            EventOrganizations organizations = EventOrganizations.of(
                    connection,
                    events.stream().map(e -> e.event().organizations()).toList());
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at, payload,
                                        traceparent, organizations)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
                for (Recorded recorded : events) {
                    Event event = recorded.event();
                    insert.setObject(1, recorded.id());
                    insert.setString(2, event.topic());
                    insert.setString(3, event.aggregateType());
                    insert.setString(4, event.aggregateId().toString());
                    insert.setString(5, event.eventType());
                    insert.setTimestamp(6, now);
                    insert.setString(7, recorded.payload());
                    insert.setString(8, traceparent);
                    UUID[] withAncestors = organizations.withAncestors(event.organizations());
                    if (withAncestors == null) {
                        insert.setNull(9, Types.ARRAY);
                    } else {
                        insert.setArray(9, connection.createArrayOf("uuid", withAncestors));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Once per transaction: it holds the lock until it ends, and a bulk command publishes row after row. */
    private void takeCommitOrderLock() {
        if (transaction.getResource(COMMIT_ORDER_LOCK) == null) {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                    .setParameter(1, COMMIT_ORDER_LOCK)
                    .getSingleResult();
            transaction.putResource(COMMIT_ORDER_LOCK, Boolean.TRUE);
        }
    }
}
