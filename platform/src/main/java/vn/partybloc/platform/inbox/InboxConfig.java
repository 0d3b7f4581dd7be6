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
}
