package vn.partybloc.member.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.partybloc.kernel.Languages;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemResponses;

/**
 * A secretary's token without a valid {@code org_id} is refused (403) on every operation, as docs/security.md says:
 * otherwise a lookup that hides what lies outside a subtree answers 404, and an import is accepted before its rows are
 * checked.
 */
public class SecretaryScopeFilter {

    private final Caller caller;

    public SecretaryScopeFilter(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public Optional<Response> requireAnOrganization(ContainerRequestContext request, UriInfo uri) {
        try {
            caller.scope();
            return Optional.empty();
        } catch (ProblemException e) {
            return Optional.of(ProblemResponses.of(
                    e, Languages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), uri));
        }
    }
}
