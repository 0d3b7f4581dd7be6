package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ScreeningFinding;
import vn.partybloc.evaluation.domain.ScreeningOutcome;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ScreeningFinding", description = "A screening finding about a member.")
public record ScreeningFindingResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The plan.") UUID planId,
        @Schema(description = "The member.") UUID memberId,
        @Schema(description = "What was found.") String finding,
        @Schema(description = "Outcome.") ScreeningOutcome outcome,
        @Schema(description = "Date of the decision.") LocalDate decidedOn,
        @Schema(description = "Number of the decision.") String decisionNumber,
        @Schema(description = "When it was recorded.") Instant recordedAt,
        @Schema(description = "By whom.") String recordedBy) {

    static ScreeningFindingResponse from(ScreeningFinding f) {
        return new ScreeningFindingResponse(
                f.id,
                f.planId,
                f.memberId,
                f.finding,
                f.outcome,
                f.decidedOn,
                f.decisionNumber,
                f.recordedAt,
                f.recordedBy);
    }
}
