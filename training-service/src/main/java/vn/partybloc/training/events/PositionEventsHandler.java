package vn.partybloc.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.platform.inbox.PoisonEventException;
import vn.partybloc.training.domain.ObligationService;
import vn.partybloc.training.domain.PositionReplica;
import vn.partybloc.training.repository.PositionReplicaRepository;

/**
 * Keeps the replica of committee positions from member-service's position events, and drives training obligations:
 * a {@code CommitteePositionStarted} with {@code newToCommittee: true} opens one; an ended position closes it.
 */
@ApplicationScoped
public class PositionEventsHandler implements EventHandler {

    static final String TOPIC = "party.positions.v1";
    static final String STARTED = "CommitteePositionStarted";
    static final String ENDED = "CommitteePositionEnded";

    private final PositionReplicaRepository replicas;
    private final ObligationService obligations;

    public PositionEventsHandler(PositionReplicaRepository replicas, ObligationService obligations) {
        this.replicas = replicas;
        this.obligations = obligations;
    }

    @Override
    public String name() {
        return "positions";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        JsonNode data = event.data();
        PositionReplica state = new PositionReplica();
        state.id = Payloads.uuid(data, "positionId");
        state.memberId = Payloads.uuid(data, "memberId");
        state.committeeId = Payloads.uuid(data, "committeeId");
        state.organizationId = Payloads.uuid(data, "organizationId");
        state.committeeKind = Payloads.required(data, "committeeKind");
        state.position = Payloads.required(data, "position");
        state.startsOn = Payloads.date(data, "startsOn");
        if (state.startsOn == null) {
            throw new PoisonEventException("missing startsOn");
        }
        state.endsOn = Payloads.date(data, "endsOn");
        state.endReason = Payloads.text(data, "endReason");
        state.version = data.path("version").asLong();
        replicas.upsert(state);
        // Only the start carries newToCommittee (member-service sends false on the end), so the flag is read from the
        // event, not from the replica; whatever order the events come in, the obligation ends up the same.
        if (STARTED.equals(event.type()) && data.path("newToCommittee").asBoolean(false)) {
            obligations.open(state);
        }
        obligations.reconcile(state.id);
    }
}
