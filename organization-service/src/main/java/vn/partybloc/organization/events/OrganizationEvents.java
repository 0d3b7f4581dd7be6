package vn.partybloc.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
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

    /**
     * An event about the organization and those it relates to (its previous parent, the organizations merged or split
     * with it), and about {@code formerlyUnder}: the organization a moved one was under, when its data does not say.
     */
    public void publish(String type, OrganizationEventData data, UUID... formerlyUnder) {
        outbox.publish(event(type, data, formerlyUnder));
    }

    /** Many events of one type at once (a batch of foundings): one outbox write. */
    public void publishAll(String type, List<OrganizationEventData> data) {
        outbox.publishAll(data.stream().map(d -> event(type, d)).toList());
    }

    public void publish(String type, TermEventData data) {
        outbox.publish(new Outbox.Event(
                TOPIC, AGGREGATE, data.organizationId(), type, data, Outbox.about(data.organizationId())));
    }

    private static Outbox.Event event(String type, OrganizationEventData d, UUID... formerlyUnder) {
        Set<UUID> about = Outbox.about(d.organizationId(), d.previousParentId(), d.mergedInto(), d.splitFrom());
        about.addAll(Outbox.about(formerlyUnder));
        Stream.of(d.mergedFrom(), d.splitInto()).filter(Objects::nonNull).forEach(about::addAll);
        return new Outbox.Event(TOPIC, AGGREGATE, d.organizationId(), type, d, about);
    }
}
