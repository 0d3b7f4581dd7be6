package vn.partybloc.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.partybloc.gateway.config.GatewayConfig;

/**
 * The identities of the bearer tokens the gateway has verified, each kept until its token expires (at most
 * {@code gateway.token-cache.max-age}), so that a token sent again costs a hash and a lookup rather than a signature
 * verification and the parsing of its claims (issue 16). Keyed by the token's SHA-256, so that the keys reveal no
 * token; a kept identity carries its token, as every request's identity does, until the token expires.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Cache<String, Kept> identities;
    private final Duration maxAge;
    private final boolean enabled;

    public VerifiedTokens(GatewayConfig config) {
        this.maxAge = config.tokenCache().maxAge();
        this.enabled = config.tokenCache().maxSize() > 0;
        this.identities = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().maxSize())
                .expireAfter(new Expiry<String, Kept>() {
                    @Override
                    public long expireAfterCreate(String key, Kept kept, long now) {
                        return kept.nanosToLive();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Kept kept, long now, long current) {
                        return kept.nanosToLive();
                    }

                    @Override
                    public long expireAfterRead(String key, Kept kept, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** The identity verified for this token, if it is kept and the token has not expired. */
    public SecurityIdentity find(String token) {
        Kept kept = identities.getIfPresent(key(token));
        return kept == null || kept.expired() ? null : kept.identity();
    }

    /** Keeps an identity verified from a JWT until the token expires; one without an expiry is not kept. */
    public void keep(String token, SecurityIdentity identity) {
        if (!enabled || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant until = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant cap = Instant.now().plus(maxAge);
        Kept kept = new Kept(identity, until.isBefore(cap) ? until : cap);
        if (!kept.expired()) {
            identities.put(key(token), kept);
        }
    }

    private static String key(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private record Kept(SecurityIdentity identity, Instant until) {

        boolean expired() {
            return !Instant.now().isBefore(until);
        }

        long nanosToLive() {
            return Math.max(0, Duration.between(Instant.now(), until).toNanos());
        }
    }
}
