package vn.partybloc.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;

/** Keeps the replica of members (name, status, cell) from member-service's member events (MemberData, full state). */
@ApplicationScoped
public class MemberEventsHandler extends ReplicaEventsHandlerBase {

    public MemberEventsHandler() {
        super("members", Topics.MEMBERS);
    }
}
