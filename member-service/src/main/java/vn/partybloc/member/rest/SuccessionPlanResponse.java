package vn.partybloc.member.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CandidateFlag;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.SuccessionCandidate;
import vn.partybloc.member.domain.SuccessionPlan;

@Schema(name = "SuccessionPlan")
public record SuccessionPlanResponse(
        UUID id,
        UUID organizationId,
        CommitteeKind committeeKind,
        PositionKind position,
        int termStartYear,
        int termEndYear,

        @Schema(description = "Every candidate, removed ones too.")
        List<SuccessionCandidateResponse> candidates) {

    static SuccessionPlanResponse from(
            SuccessionPlan p,
            List<SuccessionCandidate> candidates,
            Map<UUID, Member> people,
            Map<UUID, List<CandidateFlag>> flags) {
        return new SuccessionPlanResponse(
                p.id,
                p.organizationId,
                p.committeeKind,
                p.position,
                p.termStartYear,
                p.termEndYear,
                candidates.stream()
                        .filter(c -> c.planId.equals(p.id))
                        .map(c -> SuccessionCandidateResponse.from(
                                c, people.get(c.memberId), flags.getOrDefault(c.id, List.of())))
                        .toList());
    }
}
