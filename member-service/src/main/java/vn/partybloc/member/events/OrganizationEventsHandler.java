package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.contracts.events.OrganizationState;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;
import vn.partybloc.member.domain.MemberService;
import vn.partybloc.platform.inbox.IncomingEvent;

/**
 * Keeps this service's replica of organizations from organization-service's events; the members of an organization
 * transferred out of the Bloc leave the register with it.
 */
@ApplicationScoped
public class OrganizationEventsHandler extends ReplicaEventsHandlerBase {

    static final String TRANSFERRED_OUT = "OrganizationTransferredOut";

    @Inject
    MemberService members;

    public OrganizationEventsHandler() {
        super("organizations", Topics.ORGANIZATIONS);
    }

    @Override
    protected void organizationApplied(IncomingEvent event, OrganizationState state) {
        if (TRANSFERRED_OUT.equals(event.type())) {
            EventData change = EventData.of(event.type(), event.data().path("change"));
            members.leaveWithOrganization(
                    state.pathText(),
                    change.requiredDate("effectiveDate"),
                    change.text("decisionNumber"),
                    change.text("counterparty"));
        }
    }
}
