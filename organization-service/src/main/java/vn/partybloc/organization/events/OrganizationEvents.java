package vn.partybloc.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.partybloc.contracts.Topics;
import vn.partybloc.platform.events.Outbox;

/** The events organization-service publishes, all on one topic keyed by organization id (ordered per organization). */
@ApplicationScoped
public class OrganizationEvents {

    public static final String TOPIC = Topics.ORGANIZATIONS;
    public static final String AGGREGATE = "Organization";

    public static final String FOUNDED = "OrganizationFounded";
    public static final String UPDATED = "OrganizationUpdated";
    public static final String MOVED = "OrganizationMoved";
    public static final String TRANSFERRED_OUT = "OrganizationTransferredOut";
    public static final String RECEIVED = "OrganizationReceived";
    public static final String MERGED = "OrganizationsMerged";
    public static final String SPLIT = "OrganizationSplit";
    public static final String DISSOLVED = "OrganizationDissolved";
    public static final String TERM_OPENED = "TermOpened";
    public static final String TERM_UPDATED = "TermUpdated";

    private final Outbox outbox;

    public OrganizationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(String type, OrganizationEventData data) {
        outbox.publish(TOPIC, AGGREGATE, data.organizationId(), type, data);
    }

    /** Many events of one type at once (a batch of foundings): one outbox write. */
    public void publishAll(String type, List<OrganizationEventData> data) {
        outbox.publishAll(data.stream()
                .map(d -> new Outbox.Event(TOPIC, AGGREGATE, d.organizationId(), type, d))
                .toList());
    }

    public void publish(String type, TermEventData data) {
        outbox.publish(TOPIC, AGGREGATE, data.organizationId(), type, data);
    }
}
