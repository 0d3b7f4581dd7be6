package vn.partybloc.gateway.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.partybloc.gateway.config.GatewayConfig;

/** A token bucket per client (Bucket4j): {@code perMinute} requests a minute, spendable in a burst. */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final long perMinute;

    public RateLimiter(GatewayConfig config) {
        this.perMinute = config.rateLimit().perMinute();
    }

    /** 0 when the request may pass, otherwise the seconds to wait before retrying. */
    public long secondsToWait(String client) {
        Bucket bucket = buckets.get(
                client,
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? 0
                : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }
}
