package vn.partybloc.contracts.events;

import java.util.UUID;

/** A committee's state as every committee event carries it ({@code CommitteeData} in member-service). */
public record CommitteeState(
        UUID committeeId, UUID organizationId, String kind, int termStartYear, int termEndYear, long version) {

    public static CommitteeState from(EventData data) {
        return new CommitteeState(
                data.requiredUuid("committeeId"),
                data.requiredUuid("organizationId"),
                data.requiredText("kind"),
                data.integer("termStartYear"),
                data.integer("termEndYear"),
                data.version());
    }
}
