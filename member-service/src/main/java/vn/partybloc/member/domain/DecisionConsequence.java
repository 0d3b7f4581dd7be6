package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One change a decision made in the register, on the day it took effect: a member who left it (with the decision's
 * number), a post that ended, a candidate taken out of a plan; and the evaluation-service records that decided it.
 */
public record DecisionConsequence(
        ConsequenceKind kind,
        LocalDate on,
        UUID memberId,
        UUID organizationId,
        UUID positionId,
        UUID candidateId,
        UUID successionPlanId,
        String decisionNumber,
        List<DecidingRecord> decidedBy) {

    /** A record of evaluation-service; {@code inspectionPlanId} only for a screening finding, when known. */
    public record DecidingRecord(DecidingRecordKind kind, UUID id, UUID inspectionPlanId) {}
}
