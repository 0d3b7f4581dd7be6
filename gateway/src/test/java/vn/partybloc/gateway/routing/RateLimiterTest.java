package vn.partybloc.gateway.routing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.partybloc.gateway.config.GatewayConfig;

/** A token bucket per client: {@code perMinute} requests spendable at once, refilled evenly over the minute. */
class RateLimiterTest {

    @Test
    void aClientMaySpendItsWholeMinuteInABurstAndNoMore() {
        RateLimiter limiter = new RateLimiter(perMinute(5));
        for (int i = 1; i <= 5; i++) {
            assertEquals(0, limiter.secondsToWait("app/alice"), "request " + i + " of 5");
        }
        assertTrue(limiter.secondsToWait("app/alice") > 0, "the sixth request");
    }

    @Test
    void aRefusedClientIsToldHowLongUntilTheNextToken() {
        // Two a minute: one token every 30 seconds.
        RateLimiter limiter = new RateLimiter(perMinute(2));
        limiter.secondsToWait("app/alice");
        limiter.secondsToWait("app/alice");
        long wait = limiter.secondsToWait("app/alice");
        assertTrue(wait >= 29 && wait <= 30, "Retry-After: " + wait);
    }

    @Test
    void theWaitIsAtLeastOneSecondEvenWhenTheNextTokenIsCloser() {
        // 6,000 a minute: the next token is 10 ms away, but Retry-After counts whole seconds.
        RateLimiter limiter = new RateLimiter(perMinute(6000));
        long wait = 0;
        for (int i = 0; i < 100_000 && wait == 0; i++) {
            wait = limiter.secondsToWait("app/alice");
        }
        assertEquals(1, wait);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(perMinute(1));
        assertEquals(0, limiter.secondsToWait("app/alice"));
        assertTrue(limiter.secondsToWait("app/alice") > 0);
        assertEquals(0, limiter.secondsToWait("app/bob"));
        assertEquals(0, limiter.secondsToWait("other-app/alice"));
    }

    @Test
    void theBucketRefillsOverTheMinute() {
        // 600 a minute: a token every 100 ms.
        RateLimiter limiter = new RateLimiter(perMinute(600));
        while (limiter.secondsToWait("app/alice") == 0) {
            // spend the burst
        }
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> limiter.secondsToWait("app/alice") == 0);
    }

    private static GatewayConfig perMinute(long perMinute) {
        return new GatewayConfig() {
            @Override
            public Map<String, Upstream> upstreams() {
                return Map.of();
            }

            @Override
            public RateLimit rateLimit() {
                return () -> perMinute;
            }

            @Override
            public Guard guard() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Register register() {
                throw new UnsupportedOperationException();
            }

            @Override
            public TokenCache tokenCache() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long maxBodyBytes() {
                return 0;
            }

            @Override
            public Duration reportTimeout() {
                return Duration.ZERO;
            }

            @Override
            public Optional<List<String>> trustedProxies() {
                return Optional.empty();
            }

            @Override
            public Optional<URI> openapiIssuer() {
                return Optional.empty();
            }
        };
    }
}
