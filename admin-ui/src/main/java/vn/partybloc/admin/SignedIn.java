package vn.partybloc.admin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import vn.partybloc.client.ApiClient;

/**
 * The signed-in user of a request: their name and realm roles for the page, and the gateway as them. The console
 * checks nothing itself: the gateway and the services answer as they would the user, and the roles only hide what
 * the user could not do.
 */
@RequestScoped
public class SignedIn {

    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final GatewayClient gateway;

    public SignedIn(SecurityIdentity identity, AccessTokenCredential accessToken, GatewayClient gateway) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.gateway = gateway;
    }

    public ApiClient api() {
        return gateway.as(accessToken.getToken());
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }
}
