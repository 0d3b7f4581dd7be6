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

@Schema(
        name = "SelfAssessmentRequest",
        description = "A subject's self-assessment: the first step of a review.",
        example = """
                {
                  "cycleId": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a05",
                  "subjectKind": "MEMBER",
                  "subjectId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                  "level": "GOOD",
                  "note": "Hoàn thành tốt nhiệm vụ được giao."
                }""")
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
