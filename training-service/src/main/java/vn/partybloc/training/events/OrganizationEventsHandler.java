package vn.partybloc.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.platform.inbox.PoisonEventException;
import vn.partybloc.training.domain.OrganizationReplica;
import vn.partybloc.training.repository.OrganizationReplicaRepository;

/** Keeps the replica of organizations from organization-service's events (full state and version in each). */
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
        state.id = Payloads.uuid(data, "organizationId");
        state.parentId = data.hasNonNull("parentId") ? Payloads.uuid(data, "parentId") : null;
        state.code = data.path("code").asText();
        state.name = data.path("name").asText();
        state.type = data.path("type").asText();
        state.status = data.path("status").asText();
        state.version = data.path("version").asLong();
        StringBuilder path = new StringBuilder("/");
        data.path("path").forEach(id -> path.append(id.asText()).append('/'));
        state.path = path.toString();
        replicas.upsert(state);
    }
}
