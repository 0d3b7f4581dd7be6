package vn.partybloc.member.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.OrganizationChangeMembers;
import vn.partybloc.member.domain.UnappliedMove;

@Schema(
        name = "OrganizationChangeMembers",
        description = "What one structural change of organization-service did to members.")
public record OrganizationChangeMembersResponse(
        @Schema(description = "The change (organization-service's `changeId`).")
        UUID changeId,

        @Schema(
                description = "One history row per member the change carried: `MOVED` into a cell that continues a "
                        + "merged or split one, `TRANSFERRED_OUT` with an organization that left the Bloc.")
        List<MembershipChangeResponse> carried,

        @Schema(description = "Members the change named or carried whom member-service could not move.")
        List<Unapplied> unapplied) {

    @Schema(name = "UnappliedMemberMove", description = "A member who could not follow their organization.")
    public record Unapplied(
            @Schema(description = "The member the change named or carried.")
            UUID memberId,

            @Schema(description = "The organization the change took apart.")
            UUID organizationId,

            @Schema(
                    description = "NOT_IN_THE_ORGANIZATION: a split listed a member who is not on the register in the "
                            + "split cell. TARGET_NOT_A_CELL: the organization a cell merged into holds no members; "
                            + "move them with `POST /api/v1/members/{id}/moves`.")
            UnappliedMove.Reason reason) {}

    static OrganizationChangeMembersResponse from(UUID changeId, OrganizationChangeMembers.Carried carried) {
        return new OrganizationChangeMembersResponse(
                changeId,
                carried.changes().stream().map(MembershipChangeResponse::from).toList(),
                carried.unapplied().stream()
                        .map(u -> new Unapplied(u.memberId, u.organizationId, u.reason))
                        .toList());
    }
}
