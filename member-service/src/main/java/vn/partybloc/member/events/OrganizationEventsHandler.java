package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;

/** Keeps this service's replica of organizations from organization-service's events. */
@ApplicationScoped
public class OrganizationEventsHandler extends ReplicaEventsHandlerBase {

    public OrganizationEventsHandler() {
        super("organizations", Topics.ORGANIZATIONS);
    }
}
