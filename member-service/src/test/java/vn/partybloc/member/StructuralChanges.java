package vn.partybloc.member;

import java.util.List;
import java.util.UUID;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;

/** organization-service's merge and split events as the tests publish them, dated by one decision. */
final class StructuralChanges {

    static final String DECISION = "402-QĐ/ĐUK";
    static final String EFFECTIVE = "2023-03-01";

    private StructuralChanges() {}

    /** {@code OrganizationsMerged} of {@code source} into {@code target}, by the change {@code change}. */
    static DocumentedEvent merged(Organization source, UUID change, UUID target) {
        return ended("OrganizationsMerged", source, change, "MERGED").with("mergedInto", target);
    }

    /** {@code OrganizationSplit} of {@code source} into {@code parts}, by the change {@code change}. */
    static DocumentedEvent split(Organization source, UUID change, List<UUID> parts) {
        return ended("OrganizationSplit", source, change, "SPLIT").with("splitInto", parts);
    }

    /** Sends the event about {@code subject} with this {@code ce_id}; returns the id. */
    static String send(Organization subject, DocumentedEvent event, String eventId) {
        return EventFeed.send("party.organizations.v1", event.type(), subject.id(), event.json(), eventId);
    }

    /** Sends the event and waits until member-service has consumed it. */
    static void apply(Organization subject, DocumentedEvent event) {
        EventFeed.awaitConsumed(List.of(send(subject, event, UUID.randomUUID().toString())));
    }

    private static DocumentedEvent ended(String type, Organization source, UUID change, String status) {
        return DocumentedEvent.organization(
                        type,
                        source.id(),
                        status.substring(0, 2) + source.id().toString().substring(0, 6),
                        source.type(),
                        source.path().get(source.path().size() - 2),
                        source.path(),
                        status,
                        1)
                .with("change.changeId", change)
                .with("change.decisionNumber", DECISION)
                .with("change.effectiveDate", EFFECTIVE);
    }
}
