package vn.partybloc.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where {@code partybloc.security.secretary-scope-required} is on, a secretary's token must name their organization
 * (claim {@code org_id}) on every call, also on endpoints that read Bloc-wide reference data such as rule sets:
 * without it the token is refused (403) rather than half-trusted. Off, only the calls that confine a secretary to
 * their subtree check the claim.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class SecretaryScopeFilter implements ContainerRequestFilter {

    private final Caller caller;
    private final boolean required;

    public SecretaryScopeFilter(
            Caller caller,
            @ConfigProperty(name = "partybloc.security.secretary-scope-required", defaultValue = "false")
                    boolean required) {
        this.caller = caller;
        this.required = required;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (required && request.getUriInfo().getPath().startsWith("/api/")) {
            caller.scope();
        }
    }
}
