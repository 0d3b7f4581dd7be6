package vn.partybloc.member.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MembershipChange;
import vn.partybloc.member.domain.MembershipChangeKind;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MemberEvent", description = "One recorded change of a member.")
public record MembershipChangeResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "What happened.") MembershipChangeKind kind,
        @Schema(description = "When.") LocalDate occurredOn,
        @Schema(description = "Decision number.") String decisionNumber,

        @Schema(description = "Organization the member came from.")
        UUID fromOrganizationId,

        @Schema(description = "Organization the member went to.")
        UUID toOrganizationId,

        @Schema(description = "Note.") String note,
        @Schema(description = "When it was recorded.") Instant recordedAt,
        @Schema(description = "Who recorded it.") String recordedBy,
        @Schema(description = "The member.") UUID memberId,

        @Schema(
                description =
                        "The organization-service change (transfer out, merge, split) that carried the member; "
                                + "absent for a change of the member alone. See `GET /api/v1/members/organization-changes/{changeId}`.")
        UUID organizationChangeId,

        @Schema(
                description =
                        "The evaluation-service screening finding whose decision struck the member off or "
                                + "expelled them; absent otherwise. See `GET /api/v1/inspection-plans/{id}/screening-findings/{findingId}`.")
        UUID screeningFindingId,

        @Schema(
                description = "The evaluation-service discipline case whose decision expelled the member; absent "
                        + "otherwise. See `GET /api/v1/discipline-cases/{id}`.")
        UUID disciplineCaseId) {

    static MembershipChangeResponse from(MembershipChange e) {
        return new MembershipChangeResponse(
                e.id,
                e.kind,
                e.occurredOn,
                e.decisionNumber,
                e.fromOrganizationId,
                e.toOrganizationId,
                e.note,
                e.recordedAt,
                e.recordedBy,
                e.memberId,
                e.organizationChangeId,
                e.screeningFindingId,
                e.disciplineCaseId);
    }
}
