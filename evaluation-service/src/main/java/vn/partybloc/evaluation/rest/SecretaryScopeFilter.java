package vn.partybloc.evaluation.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import vn.partybloc.platform.security.Caller;

/**
 * A secretary's token must name their organization (claim {@code org_id}) on every call, also on endpoints that read
 * Bloc-wide reference data such as rule sets: without it the token is refused (403) rather than half-trusted.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class SecretaryScopeFilter implements ContainerRequestFilter {

    private final Caller caller;

    public SecretaryScopeFilter(Caller caller) {
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            caller.scope();
        }
    }
}
