package vn.partybloc.gateway.routing;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The claims of a caller's token the gateway reads itself (a secretary's {@code org_id} and {@code member_id}). */
public final class TokenClaims {

    private TokenClaims() {}

    /** The claim as a UUID; empty when the token has no such claim or it is not a UUID. */
    public static Optional<UUID> uuid(SecurityIdentity identity, String name) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(name) : null;
        try {
            return Optional.ofNullable(claim)
                    .map(c -> UUID.fromString(c.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
