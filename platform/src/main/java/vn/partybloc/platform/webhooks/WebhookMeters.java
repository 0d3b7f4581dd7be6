package vn.partybloc.platform.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * The webhooks' meters: posts by outcome, and the subscriptions FAILING, counted every half minute so that a scrape
 * never reads the database.
 */
@ApplicationScoped
public class WebhookMeters {

    private static final Logger LOG = Logger.getLogger(WebhookMeters.class);

    private final EntityManager em;
    private final Counter delivered;
    private final Counter failed;
    private volatile long failing;

    public WebhookMeters(EntityManager em, MeterRegistry meters) {
        this.em = em;
        this.delivered = posts(meters, "DELIVERED");
        this.failed = posts(meters, "FAILED");
        Gauge.builder("webhook.subscriptions.failing", this, m -> m.failing)
                .description("Webhook subscriptions whose deliveries failed for the whole retry period")
                .register(meters);
    }

    private static Counter posts(MeterRegistry meters, String outcome) {
        return Counter.builder("webhook.posts")
                .description("Events posted to webhook targets, by whether the target answered 2xx")
                .tag("outcome", outcome)
                .register(meters);
    }

    void posted(WebhookAttempt attempt) {
        (attempt.delivered() ? delivered : failed).increment();
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void countFailing() {
        try {
            failing = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery(
                                            "select count(*) from webhook_subscriptions where status = 'FAILING'")
                                    .getSingleResult())
                            .longValue());
        } catch (RuntimeException e) {
            LOG.debugf("Counting the failing webhook subscriptions failed (%s); the last count stays", e.getMessage());
        }
    }
}
