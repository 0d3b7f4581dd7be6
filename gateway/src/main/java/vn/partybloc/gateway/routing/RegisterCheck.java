package vn.partybloc.gateway.routing;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.partybloc.gateway.config.GatewayConfig;
import vn.partybloc.kernel.Roles;

/**
 * A secretary's access follows the register (ADR 0012): a caller confined to a subtree gets through to {@code /api/*}
 * only while they hold, today, a position of secretary or deputy secretary of their token's organization
 * ({@code org_id}), as the party member their token names ({@code member_id}). Otherwise 403; 503 when the register
 * cannot be read. The services go on confining the caller to {@code org_id}'s subtree.
 */
@ApplicationScoped
public class RegisterCheck {

    static final int ORDER_REGISTER = 1_500;
    private static final Logger LOG = Logger.getLogger(RegisterCheck.class);

    private final SecretaryRegister register;
    private final GatewayConfig config;

    public RegisterCheck(SecretaryRegister register, GatewayConfig config) {
        this.register = register;
        this.config = config;
    }

    void register(@Observes Router router) {
        if (config.register().check()) {
            router.route("/api/*").order(ORDER_REGISTER).handler(this::check);
        }
    }

    private void check(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)
                || !Roles.confinesToOwnSubtree(user.getSecurityIdentity()::hasRole)) {
            rc.next();
            return;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        Optional<UUID> organization = TokenClaims.uuid(identity, Roles.ORG_ID_CLAIM);
        Optional<UUID> member = TokenClaims.uuid(identity, Roles.MEMBER_ID_CLAIM);
        if (organization.isEmpty() || member.isEmpty()) {
            Problems.send(rc, 403, "forbidden", "secretary-unbound");
            return;
        }
        // The body waits, buffered, until the register has answered.
        rc.request().pause();
        Context context = rc.vertx().getOrCreateContext();
        register.holds(
                        member.get(),
                        organization.get(),
                        rc.request().getHeader("Authorization"),
                        rc.request().getHeader(EdgeHandlers.REQUEST_ID))
                .whenComplete((holds, failure) -> context.runOnContext(done -> {
                    if (failure != null) {
                        LOG.warnf("The register could not be read for %s: %s", EdgeHandlers.client(rc), failure);
                        rc.response().putHeader("Retry-After", "5");
                        Problems.send(rc, 503, "unavailable", "register-unavailable");
                    } else if (!holds) {
                        Problems.send(rc, 403, "forbidden", "secretary-not-in-office", organization.get());
                    } else {
                        rc.request().resume();
                        rc.next();
                    }
                }));
    }
}
