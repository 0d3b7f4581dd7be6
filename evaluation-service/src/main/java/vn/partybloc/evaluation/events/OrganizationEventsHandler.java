package vn.partybloc.evaluation.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.evaluation.domain.OrganizationReplica;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.platform.inbox.PoisonEventException;

/**
 * Keeps the replica of organizations from organization-service's events. Every organization event carries the full
 * state and version, so applying it is an upsert that ignores anything older than the replica (ADR 0006).
 */
@ApplicationScoped
public class OrganizationEventsHandler implements EventHandler {

    static final String TOPIC = "party.organizations.v1";

    private final OrganizationReplicaRepository replicas;

    public OrganizationEventsHandler(OrganizationReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (event.type().startsWith("Term")) {
            return;
        }
        JsonNode data = event.data();
        if (data == null || !data.hasNonNull("organizationId") || !data.path("path").isArray()) {
            throw new PoisonEventException(event.type() + " without organizationId or path");
        }
        OrganizationReplica state = new OrganizationReplica();
        state.id = Json.uuid(data, "organizationId");
        state.parentId = Json.uuid(data, "parentId");
        state.code = data.path("code").asText();
        state.name = data.path("name").asText();
        state.type = data.path("type").asText();
        state.status = data.path("status").asText();
        state.hostUnitName = Json.text(data, "hostUnitName");
        state.version = data.path("version").asLong();
        StringBuilder path = new StringBuilder("/");
        data.path("path").forEach(id -> path.append(id.asText()).append('/'));
        state.path = path.toString();
        replicas.upsert(state);
    }
}
