package vn.partybloc.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partybloc.inbox")
public interface InboxConfig {

    @WithDefault("true")
    boolean enabled();

    /** Attempts for an event whose handler fails before it is dead-lettered. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * How long a worker may spend on one batch before the broker gives its partitions to another consumer (Kafka's
     * {@code max.poll.interval.ms}); a worker that waited longer for the database rejoins and resumes.
     */
    @WithDefault("5m")
    Duration maxPollInterval();
}
