package vn.partybloc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ProblemException;

/** Who is calling: their name for audit columns, and the organization subtree they are confined to, if any. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return nameOf(identity);
    }

    /** The name audit columns and log lines give the holder of that identity: never a token or a personal datum. */
    static String nameOf(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
            if (jwt.getClaim("azp") != null && jwt.getSubject() == null) {
                return jwt.getClaim("azp").toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The OAuth client the token was issued to (claim {@code azp}): the HR system's service account, the admin
     * console; empty when the token names none.
     */
    public String clientId() {
        Object azp = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("azp") : null;
        return azp == null ? "" : azp.toString();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The organization whose subtree bounds this caller, or empty for callers who see the whole Bloc. A caller is
     * confined when their only organization-bearing role is {@code secretary}.
     */
    public Optional<UUID> scope() {
        if (!Roles.confinesToOwnSubtree(identity::hasRole)) {
            return Optional.empty();
        }
        return Optional.of(organizationClaim().orElseThrow(() -> ProblemException.forbidden("token.no-org-id")));
    }

    /**
     * The organization the token names (claim {@code org_id}) whatever the caller's roles: a secretary's own, an
     * inspector's whose inspection committee they serve. Empty when the token names none; 403 when it is no UUID.
     */
    public Optional<UUID> organizationClaim() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.ORG_ID_CLAIM) : null;
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("token.org-id-invalid");
        }
    }
}
