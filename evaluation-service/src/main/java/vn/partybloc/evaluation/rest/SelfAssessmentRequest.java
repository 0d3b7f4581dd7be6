package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.ReviewService;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "SelfAssessmentRequest", description = "A subject's self-assessment: the first step of a review.")
public record SelfAssessmentRequest(
        @Schema(description = "The cycle.") @NotNull UUID cycleId,
        @Schema(description = "What is rated.") @NotNull SubjectKind subjectKind,

        @Schema(description = "The organization, committee or member rated, as `subjectKind` says.") @NotNull
        UUID subjectId,

        @Schema(description = RatingDescriptions.LEVEL) Level level,

        @Schema(description = RatingDescriptions.SCORE, example = "85")
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
