package vn.partybloc.evaluation.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.partybloc.evaluation.domain.CommitteeReplica;
import vn.partybloc.evaluation.domain.MemberReplica;
import vn.partybloc.evaluation.domain.PositionReplica;
import vn.partybloc.evaluation.repository.CommitteeReplicaRepository;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.evaluation.repository.PositionReplicaRepository;
import vn.partybloc.platform.inbox.EventHandler;
import vn.partybloc.platform.inbox.IncomingEvent;
import vn.partybloc.platform.inbox.PoisonEventException;

/**
 * Keeps the replicas of members, committees and committee positions from member-service's events (MemberData,
 * CommitteeData, PositionData in docs/events/member). Each carries the full state and version: an upsert by version.
 */
@ApplicationScoped
public class MemberEventsHandler implements EventHandler {

    static final String MEMBERS = "party.members.v1";
    static final String COMMITTEES = "party.committees.v1";
    static final String POSITIONS = "party.positions.v1";

    private final MemberReplicaRepository members;
    private final CommitteeReplicaRepository committees;
    private final PositionReplicaRepository positions;

    public MemberEventsHandler(
            MemberReplicaRepository members,
            CommitteeReplicaRepository committees,
            PositionReplicaRepository positions) {
        this.members = members;
        this.committees = committees;
        this.positions = positions;
    }

    @Override
    public String name() {
        return "members";
    }

    @Override
    public Set<String> topics() {
        return Set.of(MEMBERS, COMMITTEES, POSITIONS);
    }

    @Override
    public void handle(IncomingEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new PoisonEventException(event.type() + " without data");
        }
        switch (event.topic()) {
            case MEMBERS -> members.upsert(member(data));
            case COMMITTEES -> committees.upsert(committee(data));
            case POSITIONS -> positions.upsert(position(data));
            default -> throw new PoisonEventException("unexpected topic " + event.topic());
        }
    }

    private static MemberReplica member(JsonNode data) {
        MemberReplica m = new MemberReplica();
        m.id = Json.requiredUuid(data, "memberId");
        m.fullName = Json.requiredText(data, "fullName");
        m.organizationId = Json.requiredUuid(data, "organizationId");
        m.membershipKind = Json.requiredText(data, "membershipKind");
        m.status = Json.requiredText(data, "status");
        m.version = data.path("version").asLong();
        return m;
    }

    private static CommitteeReplica committee(JsonNode data) {
        CommitteeReplica c = new CommitteeReplica();
        c.id = Json.requiredUuid(data, "committeeId");
        c.organizationId = Json.requiredUuid(data, "organizationId");
        c.kind = Json.requiredText(data, "kind");
        c.termStartYear = data.path("termStartYear").asInt();
        c.termEndYear = data.path("termEndYear").asInt();
        c.version = data.path("version").asLong();
        return c;
    }

    private static PositionReplica position(JsonNode data) {
        PositionReplica p = new PositionReplica();
        p.id = Json.requiredUuid(data, "positionId");
        p.memberId = Json.requiredUuid(data, "memberId");
        p.committeeId = Json.requiredUuid(data, "committeeId");
        p.organizationId = Json.requiredUuid(data, "organizationId");
        p.committeeKind = Json.requiredText(data, "committeeKind");
        p.position = Json.requiredText(data, "position");
        p.startsOn = Json.date(data, "startsOn");
        if (p.startsOn == null) {
            throw new PoisonEventException("missing startsOn");
        }
        p.endsOn = Json.date(data, "endsOn");
        p.version = data.path("version").asLong();
        return p;
    }
}
