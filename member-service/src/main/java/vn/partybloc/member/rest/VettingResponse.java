package vn.partybloc.member.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.PoliticalVetting;
import vn.partybloc.member.domain.VettingPurpose;

@Schema(name = "Vetting", description = "A political-vetting record.")
public record VettingResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The member.") UUID memberId,
        @Schema(description = "Why.") VettingPurpose purpose,
        @Schema(description = "Conclusion.") String conclusion,
        @Schema(description = "Date.") LocalDate concludedOn,

        @Schema(description = "Document number.", nullable = true)
        String decisionNumber,

        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy) {

    static VettingResponse from(PoliticalVetting v) {
        return new VettingResponse(
                v.id, v.memberId, v.purpose, v.conclusion, v.concludedOn, v.decisionNumber, v.createdAt, v.createdBy);
    }
}
