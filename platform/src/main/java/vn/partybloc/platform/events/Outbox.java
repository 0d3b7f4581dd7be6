package vn.partybloc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

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

    /**
     * Call last in a command, after every state change: the pending changes are flushed first so that row locks are
     * always taken before the commit-order lock (no deadlock between writers).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String aggregateType, Object aggregateId, String eventType, Object data) {
        UUID eventId = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of " + eventType + " cannot be serialized", e);
        }
        em.flush();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, COMMIT_ORDER_LOCK).getSingleResult();
        em.createNativeQuery("""
                insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId.toString())
                .setParameter(5, eventType)
                .setParameter(6, Timestamp.from(Instant.now()))
                .setParameter(7, payload)
                .executeUpdate();
        return eventId;
    }
}
