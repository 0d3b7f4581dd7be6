package vn.partybloc.platform.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "partybloc.webhooks")
public interface WebhookConfig {

    /**
     * How often the dispatcher looks for new events to deliver besides the relay's wake-up after each batch it
     * publishes: the delay of an instance whose relay is on standby, or cut off from Kafka.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** The wait before the first retry of a failed delivery; each further retry waits twice as long. */
    @WithDefault("5s")
    Duration firstRetry();

    /** The longest wait between two retries. */
    @WithDefault("1h")
    Duration maxRetryInterval();

    /** How long a delivery is retried before its subscription is marked FAILING and stops. */
    @WithDefault("24h")
    Duration retryFor();

    /** The longest a target may take to answer a delivery, connecting included. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * The longest a target may take to accept the connection: a host that is down or unreachable answers nothing, and
     * this gives it up sooner than {@link #timeout()}, which leaves a slow receiver its time to answer.
     */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long the secret a rotation replaced still signs deliveries, beside the new one. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** How long the delivery log keeps a line. */
    @WithDefault("30d")
    Duration deliveryRetention();

    /** Subscriptions delivered at once by one instance: a target that hangs holds up only its own. */
    @WithDefault("4")
    int concurrency();

    /** Subscriptions one client may hold in this service. */
    @WithDefault("20")
    int maxPerClient();

    /**
     * Whether a target may be on a loopback, link-local, private or other non-public address. Off in production: a
     * subscription must not let a client make the service call its own network (server-side request forgery).
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Whether a target may be plain {@code http}; off in production, where deliveries carry a signature worth hiding. */
    @WithDefault("false")
    boolean allowHttp();

    /** When set, the only hosts a target may name: {@code hr.example.vn}, or {@code *.example.vn} for its subdomains. */
    Optional<List<String>> allowedHosts();
}
