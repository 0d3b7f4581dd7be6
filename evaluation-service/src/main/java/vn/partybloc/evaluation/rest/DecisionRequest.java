package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.ReviewService;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "DecisionRequest", description = "The superior body's decision on the rating.", example = """
                {
                  "level": "GOOD",
                  "decisionNumber": "45-QĐ/ĐUK",
                  "decidedOn": "2024-12-20"
                }""")
public record DecisionRequest(
        @Schema(description = RatingDescriptions.LEVEL) Level level,

        @Schema(description = RatingDescriptions.SCORE, example = "85")
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
