package vn.partybloc.evaluation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.Review;
import vn.partybloc.evaluation.domain.ReviewStatus;
import vn.partybloc.evaluation.domain.SubjectKind;

@Schema(name = "Review", description = "The review of one subject in one cycle.")
public record ReviewResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The cycle.") UUID cycleId,
        @Schema(description = "What is rated.") SubjectKind subjectKind,
        @Schema(description = "The subject.") UUID subjectId,

        @Schema(description = "The unit the subject belongs to; its superior body decides.")
        UUID organizationId,

        @Schema(description = "The rule set it is judged by.")
        UUID ruleSetId,

        @Schema(description = "Where it stands in the flow.")
        ReviewStatus status,

        @Schema(description = "Self-assessed level.") Level selfLevel,
        @Schema(description = "Self-assessed score.") BigDecimal selfScore,
        @Schema(description = "Proposed level.") Level proposedLevel,
        @Schema(description = "Proposed score.") BigDecimal proposedScore,
        @Schema(description = "Decided level.") Level level,
        @Schema(description = "Decided score.") BigDecimal score,
        @Schema(description = "Decision number.") String decisionNumber,
        @Schema(description = "Decision date.") LocalDate decidedOn,

        @Schema(description = "Who recorded the decision.") String decidedBy,

        @Schema(description = "Publication date.") LocalDate publishedOn,
        @Schema(description = "Why it was cancelled.") String cancelReason,
        @Schema(description = "Who cancelled it.") String cancelledBy,
        @Schema(description = "When.") Instant cancelledAt,

        @Schema(description = "The cancelled review this one re-rates.")
        UUID replacesReviewId,

        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "Recorded.") Instant createdAt,
        @Schema(description = "By whom.") String createdBy) {

    static ReviewResponse from(Review r) {
        return new ReviewResponse(
                r.id,
                r.cycleId,
                r.subjectKind,
                r.subjectId,
                r.organizationId,
                r.ruleSetId,
                r.status,
                r.selfLevel,
                r.selfScore,
                r.proposedLevel,
                r.proposedScore,
                r.level,
                r.score,
                r.decisionNumber,
                r.decidedOn,
                r.decidedBy,
                r.publishedOn,
                r.cancelReason,
                r.cancelledBy,
                r.cancelledAt,
                r.replacesReviewId,
                r.version,
                r.createdAt,
                r.createdBy);
    }
}
