package vn.partybloc.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partybloc.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /organization-service}. */
    String source();

    Relay relay();

    /** How long published events stay in the outbox, and so in the changes feed. */
    @WithDefault("P3650D")
    Duration retention();

    Pipeline pipeline();

    interface Pipeline {
        /** How often the backlog (events not yet sent) is counted for the metrics and the pipeline health group. */
        @WithDefault("5s")
        Duration sampleInterval();

        /**
         * The age of the oldest unsent event beyond which the pipeline health group is down. Readiness stays up: a
         * Kafka outage delays events but never fails a write.
         */
        @WithDefault("5m")
        Duration maxAge();
    }

    interface Relay {
        /** Off in processes that must not publish (e.g. a one-off migration job). */
        @WithDefault("true")
        boolean enabled();

        /** The fallback poll when no NOTIFY arrives, and how often a standby instance tries to take over. */
        @WithDefault("2s")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** First wait after a failed publish; doubles up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** Advisory lock that makes one relay active per database; distinct per service sharing a server. */
        @WithDefault("726374")
        long lockKey();
    }
}
