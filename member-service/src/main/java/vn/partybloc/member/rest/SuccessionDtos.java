package vn.partybloc.member.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CandidateStatus;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.RemovalReason;
import vn.partybloc.member.domain.SuccessionCandidate;
import vn.partybloc.member.domain.SuccessionPlan;
import vn.partybloc.platform.validation.PlainText;

final class SuccessionDtos {

    private SuccessionDtos() {}

    @Schema(
            name = "SuccessionPlanRequest",
            description = "A plan for one position of an organization's committee in a coming term.")
    record PlanRequest(
            @NotNull UUID organizationId,
            @NotNull CommitteeKind committeeKind,
            @NotNull PositionKind position,

            @Schema(example = "2025") @NotNull @Min(1930) @Max(2200)
            Integer termStartYear,

            @Schema(example = "2030") @NotNull @Min(1930) @Max(2200)
            Integer termEndYear) {}

    @Schema(name = "CandidateRequest", description = "A member planned for the position.")
    record CandidateRequest(
            @NotNull UUID memberId,

            @Schema(description = "When the member was added to the plan.") @NotNull
            LocalDate addedOn,

            @Size(max = 1000) @PlainText String note) {}

    @Schema(name = "CandidateRemovalRequest", description = "Takes a candidate out of the plan, with the reason.")
    record RemovalRequest(
            @NotNull RemovalReason reason,
            @NotNull LocalDate removedOn,
            @Size(max = 1000) @PlainText String note) {}

    @Schema(name = "SuccessionCandidate")
    record CandidateResponse(
            UUID id,
            UUID memberId,
            String fullName,
            Gender gender,
            LocalDate dateOfBirth,
            CandidateStatus status,
            LocalDate addedOn,
            LocalDate removedOn,
            RemovalReason removalReason,
            String note) {

        static CandidateResponse from(SuccessionCandidate c, Member m) {
            return new CandidateResponse(
                    c.id,
                    c.memberId,
                    m.fullName,
                    m.gender,
                    m.dateOfBirth,
                    c.status,
                    c.addedOn,
                    c.removedOn,
                    c.removalReason,
                    c.note);
        }
    }

    @Schema(name = "SuccessionPlan")
    record PlanResponse(
            UUID id,
            UUID organizationId,
            CommitteeKind committeeKind,
            PositionKind position,
            int termStartYear,
            int termEndYear,

            @Schema(description = "Every candidate, removed ones too.")
            List<CandidateResponse> candidates) {

        static PlanResponse from(SuccessionPlan p, List<SuccessionCandidate> candidates, Map<UUID, Member> people) {
            return new PlanResponse(
                    p.id,
                    p.organizationId,
                    p.committeeKind,
                    p.position,
                    p.termStartYear,
                    p.termEndYear,
                    candidates.stream()
                            .filter(c -> c.planId.equals(p.id))
                            .map(c -> CandidateResponse.from(c, people.get(c.memberId)))
                            .toList());
        }
    }
}
