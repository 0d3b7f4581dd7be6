package vn.partybloc.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;

/**
 * Keeps the replicas of members, committees and committee positions from member-service's events (MemberData,
 * CommitteeData, PositionData in docs/events/member). One consumer for the three topics, as before the contracts
 * module: its name is its Kafka consumer group.
 */
@ApplicationScoped
public class MemberEventsHandler extends ReplicaEventsHandlerBase {

    public MemberEventsHandler() {
        super("members", Topics.MEMBERS, Topics.COMMITTEES, Topics.POSITIONS);
    }
}
