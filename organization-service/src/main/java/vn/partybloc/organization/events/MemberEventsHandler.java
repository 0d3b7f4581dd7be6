package vn.partybloc.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;

/**
 * Keeps the replica of members (name, cell, membership kind, status) from member-service's member events (MemberData,
 * full state and version), for the member counts of rules 1 and 2 and of the dissolution check; and the replica of
 * committee positions with their responsibilities from its position events, for the cells each committee member
 * follows (cell meetings, ADR 0013).
 */
@ApplicationScoped
public class MemberEventsHandler extends ReplicaEventsHandlerBase {

    public MemberEventsHandler() {
        super("members", Topics.MEMBERS, Topics.POSITIONS);
    }
}
