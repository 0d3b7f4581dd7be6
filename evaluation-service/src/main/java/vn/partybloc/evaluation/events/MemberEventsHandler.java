package vn.partybloc.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.contracts.events.MemberState;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;
import vn.partybloc.evaluation.repository.MemberReplicaRepository;
import vn.partybloc.platform.inbox.IncomingEvent;

/**
 * Keeps the replicas of members, committees and committee positions from member-service's events (MemberData,
 * CommitteeData, PositionData in docs/events/member). One consumer for the three topics, as before the contracts
 * module: its name is its Kafka consumer group. A member event's {@code change} also dates the member's time on the
 * register: when they entered it and when they left it.
 */
@ApplicationScoped
public class MemberEventsHandler extends ReplicaEventsHandlerBase {

    private static final Set<String> ENTRIES = Set.of("ADMITTED", "TRANSFERRED_IN");
    private static final Set<String> DEPARTURES = Set.of("TRANSFERRED_OUT", "DIED", "STRUCK_OFF", "EXPELLED");

    @Inject
    MemberReplicaRepository members;

    public MemberEventsHandler() {
        super("members", Topics.MEMBERS, Topics.COMMITTEES, Topics.POSITIONS);
    }

    @Override
    protected void memberApplied(IncomingEvent event, MemberState state) {
        if (!event.data().path("change").isObject()) {
            return;
        }
        EventData change = EventData.of(event.type(), event.data().path("change"));
        String kind = change.text("kind");
        LocalDate on = change.date("occurredOn");
        if (on != null && (ENTRIES.contains(kind) || DEPARTURES.contains(kind))) {
            members.recordPeriod(
                    state.memberId(), ENTRIES.contains(kind) ? on : null, DEPARTURES.contains(kind) ? on : null);
        }
    }
}
