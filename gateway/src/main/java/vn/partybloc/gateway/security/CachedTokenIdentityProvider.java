package vn.partybloc.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before the OIDC provider: answers a bearer token already verified with its kept identity, and nothing (so that
 * the OIDC provider verifies it) otherwise. The kept identity is given the current request's context in place of the
 * one it was verified in.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity answered from the cache, so that {@link VerifiedTokenKeeper} does not keep it again. */
    static final String FROM_CACHE = "vn.partybloc.gateway.token-from-cache";

    private final VerifiedTokens tokens;
    private final Counter hits;
    private final Counter misses;

    public CachedTokenIdentityProvider(VerifiedTokens tokens, MeterRegistry registry) {
        this.tokens = tokens;
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("gateway.token.cache")
                .description(
                        "Bearer tokens answered from the verified tokens (hit) or left to the OIDC provider (miss)")
                .tag("result", result)
                .register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before the OIDC provider, which has IdentityProvider's default, 1001 (above SYSTEM_FIRST)
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity kept = tokens.find(request.getToken().getToken());
        if (kept == null) {
            misses.increment();
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(kept)
                        .addAttribute(RoutingContext.class.getName(), routing)
                        .addAttribute(
                                AuthenticationRequestContext.class.getName(),
                                routing == null ? null : routing.get(AuthenticationRequestContext.class.getName()))
                        .addAttribute(FROM_CACHE, true)
                        .build());
    }
}
