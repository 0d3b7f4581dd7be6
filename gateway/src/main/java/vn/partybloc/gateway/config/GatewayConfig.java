package vn.partybloc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (organization, member, training, evaluation). */
    Map<String, Upstream> upstreams();

    RateLimit rateLimit();

    Guard guard();

    /** Largest request body accepted, in bytes (413 beyond). */
    @WithDefault("10485760")
    long maxBodyBytes();

    /**
     * How long the composite reports wait for each part. Sized from the parts' times under load and at 550,000 members
     * (docs/measurements.md, "The overview's parts under load"); {@code gateway.report.part} in the metrics shows them.
     */
    @WithDefault("10s")
    Duration reportTimeout();

    /**
     * Proxies in front of the gateway (IP addresses or CIDR ranges) whose X-Forwarded-Proto and X-Forwarded-Host are
     * passed on to the services; from other peers the gateway sends what it saw itself.
     */
    Optional<List<String>> trustedProxies();

    Register register();

    TokenCache tokenCache();

    /** OIDC issuer whose authorization and token endpoints the merged OpenAPI document names for Swagger UI. */
    Optional<URI> openapiIssuer();

    interface Upstream {
        /** Where the service answers; an upstream without one is declared but not deployed (no route, NOT_DEPLOYED). */
        Optional<URI> url();

        default boolean deployed() {
            return url().isPresent();
        }

        /** Path prefixes this service answers, e.g. {@code /api/v1/organizations}. */
        List<String> prefixes();
    }

    /** A secretary's access follows the register (ADR 0012). */
    interface Register {
        /** Whether a confined caller's requests are checked against member-service's committee positions. */
        @WithDefault("true")
        boolean check();

        /** How long an answer of the register is kept per person and organization: the most a change waits. */
        @WithDefault("30s")
        Duration cacheFor();

        /**
         * How long a secretary's request waits for the register's answer before it is refused with a 503; shorter than
         * the report timeout, since every request of a secretary not in the cache waits for it.
         */
        @WithDefault("3s")
        Duration timeout();
    }

    /** Verified bearer tokens kept with their identity until they expire ({@code VerifiedTokens}). */
    interface TokenCache {
        /** Tokens kept at most; 0 verifies every request's token. */
        @WithDefault("10000")
        long maxSize();

        /** The longest a token is kept, even when it expires later. */
        @WithDefault("5m")
        Duration maxAge();
    }

    interface RateLimit {
        /** Requests a client may make per minute; it may spend them in a burst. */
        @WithDefault("6000")
        long perMinute();
    }

    interface Guard {
        /** An upstream that answers nothing for this long is given up on with a 504. */
        @WithDefault("30s")
        Duration timeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /** Consecutive failures (connection refused, timeout) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 before letting a trial request through. */
        @WithDefault("15s")
        Duration openFor();
    }
}
