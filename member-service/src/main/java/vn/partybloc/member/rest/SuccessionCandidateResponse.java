package vn.partybloc.member.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

        @Schema(nullable = true) String note) {

    static SuccessionCandidateResponse from(SuccessionCandidate c, Member m) {
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
                c.note);
    }
}
