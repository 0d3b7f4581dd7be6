package vn.partybloc.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.EventData;
import vn.partybloc.contracts.events.OrganizationState;
import vn.partybloc.contracts.replica.ReplicaEventsHandlerBase;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.platform.inbox.IncomingEvent;

/**
 * Keeps this service's replica of organizations from organization-service's events, with the organization's time in
 * the Bloc: {@code foundedOn}, the effective date of its receipt, and the effective date of the change that ended it.
 */
@ApplicationScoped
public class OrganizationEventsHandler extends ReplicaEventsHandlerBase {

    @Inject
    OrganizationReplicaRepository organizations;

    public OrganizationEventsHandler() {
        super("organizations", Topics.ORGANIZATIONS);
    }

    @Override
    protected void organizationApplied(IncomingEvent event, OrganizationState state) {
        EventData data = EventData.of(event.type(), event.data());
        LocalDate effective = event.data().path("change").isObject()
                ? EventData.of(event.type(), event.data().path("change")).date("effectiveDate")
                : null;
        organizations.recordPeriod(
                state.organizationId(),
                data.date("foundedOn"),
                "OrganizationReceived".equals(event.type()) ? effective : null,
                "ACTIVE".equals(state.status()) ? null : effective);
    }
}
