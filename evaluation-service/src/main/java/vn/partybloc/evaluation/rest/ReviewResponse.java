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

        @Schema(description = "Self-assessed level.", nullable = true)
        Level selfLevel,

        @Schema(description = "Self-assessed score.", nullable = true)
        BigDecimal selfScore,

        @Schema(description = "Proposed level.", nullable = true)
        Level proposedLevel,

        @Schema(description = "Proposed score.", nullable = true)
        BigDecimal proposedScore,

        @Schema(description = "Decided level.", nullable = true)
        Level level,

        @Schema(description = "Decided score.", nullable = true)
        BigDecimal score,

        @Schema(description = "Decision number.", nullable = true)
        String decisionNumber,

        @Schema(description = "Decision date.", nullable = true)
        LocalDate decidedOn,

        @Schema(description = "Who recorded the decision.", nullable = true)
        String decidedBy,

        @Schema(description = "Publication date.", nullable = true)
        LocalDate publishedOn,

        @Schema(description = "Why it was cancelled.", nullable = true)
        String cancelReason,

        @Schema(description = "Who cancelled it.", nullable = true)
        String cancelledBy,

        @Schema(description = "When.", nullable = true) Instant cancelledAt,

        @Schema(description = "The cancelled review this one re-rates.", nullable = true)
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
