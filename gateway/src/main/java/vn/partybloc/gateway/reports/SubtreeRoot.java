package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.gateway.config.GatewayConfig;
import vn.partybloc.gateway.routing.TokenClaims;
import vn.partybloc.kernel.Roles;

/**
 * The subtree a composite report is for when the caller names none, as the services default it: a confined caller's
 * ({@link Roles#confinesToOwnSubtree}) own organization, else the Bloc's root organization, which organization-service
 * names.
 */
@ApplicationScoped
public class SubtreeRoot {

    private static final String BLOC_QUERY = "/api/v1/organizations?type=BLOC_COMMITTEE&status=ACTIVE&size=1";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final UpstreamCalls calls;

    public SubtreeRoot(GatewayConfig config, ObjectMapper json, UpstreamCalls calls) {
        this.config = config;
        this.json = json;
        this.calls = calls;
    }

    public UUID of(UUID requested, SecurityIdentity identity, String authorization, String requestId) {
        if (requested != null) {
            return requested;
        }
        return secretaryOrganization(identity).orElseGet(() -> bloc(authorization, requestId));
    }

    private static Optional<UUID> secretaryOrganization(SecurityIdentity identity) {
        if (!Roles.confinesToOwnSubtree(identity::hasRole)) {
            return Optional.empty();
        }
        return TokenClaims.uuid(identity, Roles.ORG_ID_CLAIM);
    }

    private UUID bloc(String authorization, String requestId) {
        GatewayConfig.Upstream organizations = config.upstreams().get("organization");
        if (organizations == null || !organizations.deployed()) {
            throw new SubtreeRootException(404, "bloc-not-deployed");
        }
        try {
            HttpResponse<String> response = calls.http()
                    .send(
                            calls.get(organizations, BLOC_QUERY, authorization, requestId, config.reportTimeout()),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode first =
                        json.readTree(response.body()).path("items").path(0).path("id");
                if (first.isTextual()) {
                    return UUID.fromString(first.asText());
                }
                throw new SubtreeRootException(404, "bloc-not-recorded");
            }
        } catch (IOException | IllegalArgumentException e) {
            // organization-service did not answer, or not with an organization: unavailable below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new SubtreeRootException(503, "bloc-unavailable");
    }
}
