package vn.partybloc.platform.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Purges what the platform tables no longer need: published events older than the retention (they leave the changes
 * feed then) and idempotency keys older than a day.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    static final Duration IDEMPOTENCY_KEY_LIFETIME = Duration.ofHours(24);

    private final EntityManager em;
    private final OutboxConfig config;

    public OutboxRetention(EntityManager em, OutboxConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int events = em.createNativeQuery("delete from outbox where published_at is not null and occurred_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(config.retention())))
                .executeUpdate();
        int keys = em.createNativeQuery("delete from idempotency_keys where created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(IDEMPOTENCY_KEY_LIFETIME)))
                .executeUpdate();
        if (events + keys > 0) {
            LOG.infof("Purged %d published events and %d idempotency keys", events, keys);
        }
    }
}
