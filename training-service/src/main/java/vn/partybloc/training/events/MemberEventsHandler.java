package vn.partybloc.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.training.domain.MemberReplica;
import vn.partybloc.training.repository.MemberReplicaRepository;

/** Keeps the replica of members (name, status, cell) from member-service's member events (MemberData, full state). */
@ApplicationScoped
public class MemberEventsHandler implements EventHandler {

    static final String TOPIC = "party.members.v1";

    private final MemberReplicaRepository replicas;

    public MemberEventsHandler(MemberReplicaRepository replicas) {
        this.replicas = replicas;
    }

    @Override
    public String name() {
        return "members";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        JsonNode data = event.data();
        MemberReplica state = new MemberReplica();
        state.id = Payloads.uuid(data, "memberId");
        state.fullName = Payloads.required(data, "fullName");
        state.organizationId = Payloads.uuid(data, "organizationId");
        state.membershipKind = Payloads.required(data, "membershipKind");
        state.status = Payloads.required(data, "status");
        state.version = data.path("version").asLong();
        replicas.upsert(state);
    }
}
