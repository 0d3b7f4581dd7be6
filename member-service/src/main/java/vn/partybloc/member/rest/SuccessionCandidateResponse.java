package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CandidateFlag;
import vn.partybloc.member.domain.CandidateFlagReason;
import vn.partybloc.member.domain.CandidateStatus;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.RemovalReason;
import vn.partybloc.member.domain.SuccessionCandidate;

@Schema(name = "SuccessionCandidate")
public record SuccessionCandidateResponse(
        UUID id,
        UUID memberId,
        String fullName,
        Gender gender,
        LocalDate dateOfBirth,
        CandidateStatus status,
        LocalDate addedOn,

        @Schema(description = "Day of removal from the plan; null while on it.", nullable = true)
        LocalDate removedOn,

        @Schema(description = "Why removed; null while on the plan.", nullable = true)
        RemovalReason removalReason,

        @Schema(nullable = true) String note,

        @Schema(
                description =
                        "Marks left by a confidence vote or a discipline decision about the member, oldest first: "
                                + "the organizer decides whether to remove the candidate (`removeSuccessionCandidate`).")
        List<Flag> flags) {

    @Schema(name = "SuccessionCandidateFlag")
    public record Flag(
            CandidateFlagReason reason,

            @Schema(description = "The confidence vote or the discipline case (evaluation-service).")
            UUID sourceId,

            @Schema(description = "The vote's or the decision's date.")
            LocalDate flaggedOn) {}

    static SuccessionCandidateResponse from(SuccessionCandidate c, Member m, List<CandidateFlag> flags) {
        return new SuccessionCandidateResponse(
                c.id,
                c.memberId,
                m.fullName,
                m.gender,
                m.dateOfBirth,
                c.status,
                c.addedOn,
                c.removedOn,
                c.removalReason,
                c.note,
                flags.stream()
                        .map(f -> new Flag(f.reason, f.sourceId, f.flaggedOn))
                        .toList());
    }
}
