package vn.partybloc.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.Review;
import vn.partybloc.evaluation.domain.ReviewAction;
import vn.partybloc.evaluation.domain.ReviewBatchService;
import vn.partybloc.evaluation.domain.ReviewService;
import vn.partybloc.evaluation.domain.ReviewStatus;
import vn.partybloc.evaluation.domain.ReviewStep;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

/** Bodies and answers of the review endpoints. */
final class ReviewDtos {

    static final String LEVEL =
            "Rating level: EXCELLENT (hoàn thành xuất sắc nhiệm vụ), GOOD (hoàn thành tốt nhiệm vụ), "
                    + "COMPLETE (hoàn thành nhiệm vụ), NOT_COMPLETE (không hoàn thành nhiệm vụ). With a score it may be omitted: "
                    + "the score's band gives it, and a level outside the band is refused (`REV-SCORE`).";
    static final String SCORE = "Score 0–100, exactly when the cycle's rule set uses one (from 2025).";

    private ReviewDtos() {}

    @Schema(name = "SelfAssessmentRequest", description = "A subject's self-assessment: the first step of a review.")
    record SelfAssessmentRequest(
            @Schema(description = "The cycle.") @NotNull UUID cycleId,
            @Schema(description = "What is rated.") @NotNull SubjectKind subjectKind,

            @Schema(description = "The organization, committee or member rated, as `subjectKind` says.") @NotNull
            UUID subjectId,

            @Schema(description = LEVEL) Level level,

            @Schema(description = SCORE, example = "85")
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
            BigDecimal score,

            @Schema(description = "Remarks.", maxLength = 4000) @Size(max = 4000) @PlainText.Multiline
            String note) {

        ReviewService.Rating rating() {
            return new ReviewService.Rating(level, score, Text.nfc(note));
        }
    }

    @Schema(name = "ProposalRequest", description = "The reviewing body's proposed rating.")
    record ProposalRequest(
            @Schema(description = LEVEL) Level level,

            @Schema(description = SCORE, example = "85")
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
            BigDecimal score,

            @Schema(description = "Remarks.", maxLength = 4000) @Size(max = 4000) @PlainText.Multiline
            String note) {

        ReviewService.Rating rating() {
            return new ReviewService.Rating(level, score, Text.nfc(note));
        }
    }

    @Schema(name = "DecisionRequest", description = "The superior body's decision on the rating.")
    record DecisionRequest(
            @Schema(description = LEVEL) Level level,

            @Schema(description = SCORE, example = "85")
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
            BigDecimal score,

            @Schema(description = "Decision number.", example = "45-QĐ/ĐUK", maxLength = 64) @Size(max = 64) @PlainText
            String decisionNumber,

            @Schema(description = "Decision date.", example = "2024-12-20") @NotNull
            LocalDate decidedOn,

            @Schema(description = "Remarks.", maxLength = 4000) @Size(max = 4000) @PlainText.Multiline
            String note) {

        ReviewService.Decision decision() {
            return new ReviewService.Decision(level, score, Text.nfc(decisionNumber), decidedOn, Text.nfc(note));
        }
    }

    @Schema(name = "PublicationRequest", description = "Publication of a decided rating.")
    record PublicationRequest(
            @Schema(description = "Date of publication.", example = "2024-12-28") @NotNull
            LocalDate publishedOn) {}

    @Schema(
            name = "ReRatingRequest",
            description = "Cancel a decided rating and record a new one; both stay in the trail.")
    record ReRatingRequest(
            @Schema(
                    description = "Why the rating is cancelled.",
                    example = "Kết luận kiểm tra số 12-KL/UBKT",
                    maxLength = 2000)
            @NotBlank
            @Size(max = 2000)
            @PlainText.Multiline
            String reason,

            @Schema(description = "The new rating.") @NotNull @Valid
            DecisionRequest decision) {}

    @Schema(name = "BatchDecisionRequest", description = "Many decided ratings of one cycle, recorded all or nothing.")
    record BatchRequest(
            @Schema(description = "The cycle.") @NotNull UUID cycleId,

            @Schema(description = "The ratings, 1 to 5,000.") @NotEmpty @Size(max = 5000)
            List<@NotNull @Valid BatchItem> items) {}

    @Schema(name = "BatchDecisionItem", description = "One decided rating of a batch.")
    record BatchItem(
            @Schema(description = "What is rated.") @NotNull SubjectKind subjectKind,

            @Schema(description = "The organization, committee or member rated.") @NotNull
            UUID subjectId,

            @Schema(description = LEVEL) Level level,

            @Schema(description = SCORE) @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal score,

            @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
            String decisionNumber,

            @Schema(description = "Decision date.") @NotNull LocalDate decidedOn,

            @Schema(description = "Remarks, kept in the audit trail.", maxLength = 1000)
            @Size(max = 1000)
            @PlainText.Multiline
            String note) {

        ReviewBatchService.Item toDomain() {
            return new ReviewBatchService.Item(
                    subjectKind, subjectId, level, score, Text.nfc(decisionNumber), decidedOn, Text.nfc(note));
        }
    }

    @Schema(name = "BatchDecisionResult", description = "How many ratings a batch recorded.")
    record BatchResult(
            @Schema(description = "Ratings recorded.", example = "2000")
            int recorded) {}

    @Schema(name = "Review", description = "The review of one subject in one cycle.")
    record ReviewResponse(
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

            @Schema(description = "Who recorded the decision.")
            String decidedBy,

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

    @Schema(name = "ReviewAction", description = "One step of a review's audit trail.")
    record ActionResponse(
            @Schema(description = "The step.") ReviewStep action,
            @Schema(description = "Level at this step.") Level level,
            @Schema(description = "Score at this step.") BigDecimal score,

            @Schema(description = "Remarks or the cancellation's reason.")
            String note,

            @Schema(description = "When.") Instant actedAt,
            @Schema(description = "Who.") String actedBy) {

        static ActionResponse from(ReviewAction a) {
            return new ActionResponse(a.action, a.level, a.score, a.note, a.actedAt, a.actedBy);
        }
    }
}
