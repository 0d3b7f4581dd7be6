package vn.partybloc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
    static final long COMMIT_ORDER_LOCK = 0x0B0C_0001L;

    private final EntityManager em;
    private final ObjectMapper json;

    public Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** One event to record: where it goes, what it is about, and its data (serialized as JSON). */
    public record Event(String topic, String aggregateType, Object aggregateId, String eventType, Object data) {}

    /**
     * Call last in a command, after every state change: the pending changes are flushed first so that row locks are
     * always taken before the commit-order lock (no deadlock between writers).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String aggregateType, Object aggregateId, String eventType, Object data) {
        return publishAll(List.of(new Event(topic, aggregateType, aggregateId, eventType, data)))
                .get(0);
    }

    /** As {@link #publish}, for many events at once (bulk commands): one flush, one lock and one JDBC batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<Event> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (Event event : events) {
            ids.add(UUID.randomUUID());
            try {
                payloads.add(json.writeValueAsString(event.data()));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Event data of " + event.eventType() + " cannot be serialized", e);
            }
        }
        em.flush();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, COMMIT_ORDER_LOCK)
                .getSingleResult();
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at, payload)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")) {
                for (int i = 0; i < events.size(); i++) {
                    Event event = events.get(i);
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.topic());
                    insert.setString(3, event.aggregateType());
                    insert.setString(4, event.aggregateId().toString());
                    insert.setString(5, event.eventType());
                    insert.setTimestamp(6, now);
                    insert.setString(7, payloads.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return ids;
    }
}
