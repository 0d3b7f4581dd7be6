package vn.partybloc.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tried before the OIDC mechanism: answers a bearer token already verified with its kept identity, and nothing (so that
 * the OIDC mechanism verifies it, and challenges a request it refuses) otherwise. Ahead of the mechanism rather than of
 * the OIDC identity provider, because the OIDC mechanism decodes every token's claims as JSON before it asks a provider
 * (to tell a JWT from an opaque token): 7.7 % of the gateway's CPU per request (docs/measurements.md). The kept identity
 * is given the current request's context in place of the one it was verified in.
 */
@ApplicationScoped
public class CachedBearerMechanism implements HttpAuthenticationMechanism {

    /** Marks an identity answered from the cache, so that {@link VerifiedTokenKeeper} does not keep it again. */
    static final String FROM_CACHE = "vn.partybloc.gateway.token-from-cache";

    private static final String BEARER = "Bearer";

    private final VerifiedTokens tokens;
    private final Counter hits;
    private final Counter misses;

    public CachedBearerMechanism(VerifiedTokens tokens, MeterRegistry registry) {
        this.tokens = tokens;
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("gateway.token.cache")
                .description(
                        "Bearer tokens answered from the verified tokens (hit) or left to the OIDC mechanism (miss)")
                .tag("result", result)
                .register(registry);
    }

    @Override
    public int getPriority() {
        // before the OIDC mechanism, whose priority is the default's, 1001
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity kept = tokens.find(token);
        if (kept == null) {
            misses.increment();
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(kept)
                        .addAttribute(RoutingContext.class.getName(), context)
                        .addAttribute(
                                AuthenticationRequestContext.class.getName(),
                                context.get(AuthenticationRequestContext.class.getName()))
                        .addAttribute(FROM_CACHE, true)
                        .build());
    }

    /** The challenge of a refused request is the OIDC mechanism's. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** The token as the OIDC mechanism reads it: what follows the first space of an {@code Authorization: Bearer}. */
    private static String bearerToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        int space = authorization == null ? -1 : authorization.indexOf(' ');
        if (space <= 0 || !BEARER.equalsIgnoreCase(authorization.substring(0, space))) {
            return null;
        }
        return authorization.substring(space + 1);
    }
}
