package vn.partybloc.evaluation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.ReviewAction;
import vn.partybloc.evaluation.domain.ReviewStep;

@Schema(name = "ReviewAction", description = "One step of a review's audit trail.")
public record ReviewActionResponse(
        @Schema(description = "The step.") ReviewStep action,
        @Schema(description = "Level at this step.") Level level,

        @Schema(description = "Score at this step.", nullable = true)
        BigDecimal score,

        @Schema(description = "Remarks or the cancellation's reason.", nullable = true)
        String note,

        @Schema(description = "When.") Instant actedAt,
        @Schema(description = "Who.") String actedBy) {

    static ReviewActionResponse from(ReviewAction a) {
        return new ReviewActionResponse(a.action, a.level, a.score, a.note, a.actedAt, a.actedBy);
    }
}
