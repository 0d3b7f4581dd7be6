package vn.partybloc.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

/**
 * Puts the caller's name ({@link Caller#name()}: the user's login, or the client's id for a service account) into the
 * logging context once the token is verified, so that every line logged while the request is handled names who made
 * it (docs/operations.md, "Following a request"). Like the request id, it lives in the request's own Vert.x context.
 */
@ApplicationScoped
public class CallerLogging implements SecurityIdentityAugmentor {

    /** The logging context's key. */
    public static final String LOG_KEY = "caller";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            MDC.put(LOG_KEY, Caller.nameOf(identity));
        }
        return Uni.createFrom().item(identity);
    }
}
