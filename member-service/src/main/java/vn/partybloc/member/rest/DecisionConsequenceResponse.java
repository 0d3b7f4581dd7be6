package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.ConsequenceKind;
import vn.partybloc.member.domain.DecidingRecordKind;
import vn.partybloc.member.domain.DecisionConsequence;

@Schema(
        name = "DecisionConsequence",
        description =
                "A change a decision made in the register, on the day it took effect, with the evaluation-service "
                        + "records that decided it.")
public record DecisionConsequenceResponse(
        ConsequenceKind kind,

        @Schema(description = "The day it took effect: the member left, the post ended, the candidate was removed.")
        LocalDate on,

        UUID memberId,

        @Schema(
                description = "The cell the member left; the organization whose committee the post is on; the "
                        + "organization whose succession plan the candidate was on.")
        UUID organizationId,

        @Schema(description = "The post that ended (POSITION_ENDED).", nullable = true)
        UUID positionId,

        @Schema(description = "The candidate removed (CANDIDATE_REMOVED).", nullable = true)
        UUID candidateId,

        @Schema(description = "The succession plan the candidate was on (CANDIDATE_REMOVED).", nullable = true)
        UUID successionPlanId,

        @Schema(description = "The decision's number, as recorded on the member's departure.", nullable = true)
        String decisionNumber,

        @Schema(
                description = "The records that decided it: the discipline case or the screening finding, or for a "
                        + "removed candidate the votes and cases that flagged them. Empty when the change was recorded "
                        + "by hand or before the register kept the link.")
        List<DecidingRecord> decidedBy) {

    @Schema(name = "DecidingRecord", description = "A record of evaluation-service and where to read it.")
    public record DecidingRecord(
            DecidingRecordKind kind,
            UUID id,

            @Schema(
                    description = "The record's path behind the gateway; null for a screening finding whose "
                            + "inspection plan the register was not told.",
                    nullable = true,
                    example = "/api/v1/discipline-cases/4b0c6f3e-8d1a-4c55-9a8e-2f6a1d7c9e10")
            String href) {

        static DecidingRecord from(DecisionConsequence.DecidingRecord r) {
            return new DecidingRecord(r.kind(), r.id(), href(r));
        }

        private static String href(DecisionConsequence.DecidingRecord r) {
            return switch (r.kind()) {
                case DISCIPLINE_CASE -> "/api/v1/discipline-cases/" + r.id();
                case CONFIDENCE_VOTE -> "/api/v1/confidence-votes/" + r.id();
                case SCREENING_FINDING ->
                    r.inspectionPlanId() == null
                            ? null
                            : "/api/v1/inspection-plans/" + r.inspectionPlanId() + "/screening-findings/" + r.id();
            };
        }
    }

    static DecisionConsequenceResponse from(DecisionConsequence c) {
        return new DecisionConsequenceResponse(
                c.kind(),
                c.on(),
                c.memberId(),
                c.organizationId(),
                c.positionId(),
                c.candidateId(),
                c.successionPlanId(),
                c.decisionNumber(),
                c.decidedBy().stream().map(DecidingRecord::from).toList());
    }
}
