package vn.partybloc.contracts.events;

import java.util.UUID;

/**
 * A party member's state as every member event carries it ({@code MemberData} in member-service; examples in
 * {@code docs/events/member}), reduced to what the replicas keep: name, cell, membership kind and status.
 */
public record MemberState(
        UUID memberId, String fullName, UUID organizationId, String membershipKind, String status, long version) {

    public static MemberState from(EventData data) {
        return new MemberState(
                data.requiredUuid("memberId"),
                data.requiredText("fullName"),
                data.requiredUuid("organizationId"),
                data.requiredText("membershipKind"),
                data.requiredText("status"),
                data.version());
    }
}
