package vn.partybloc.gateway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs after every other augmentor, on the identity the OIDC provider has just verified from a bearer token, and keeps
 * it for the token's next requests ({@link VerifiedTokens}), without the request it came with.
 */
@ApplicationScoped
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public VerifiedTokenKeeper(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()
                && identity.getAttribute(CachedBearerMechanism.FROM_CACHE) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getRawToken() != null) {
            tokens.keep(
                    jwt.getRawToken(),
                    QuarkusSecurityIdentity.builder(identity)
                            .addAttribute(RoutingContext.class.getName(), null)
                            .addAttribute(AuthenticationRequestContext.class.getName(), null)
                            .build());
        }
        return Uni.createFrom().item(identity);
    }
}
