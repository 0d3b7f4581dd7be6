package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.ReviewService;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "ProposalRequest", description = "The reviewing body's proposed rating.", example = """
                {
                  "level": "GOOD",
                  "note": "Chi ủy đề nghị xếp loại hoàn thành tốt nhiệm vụ."
                }""")
public record ProposalRequest(
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
