package vn.partybloc.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.ReviewBatchService;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "BatchDecisionRequest",
        description = "Many decided ratings of one cycle, recorded all or nothing.",
        example = """
                {
                  "cycleId": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a05",
                  "items": [
                    {
                      "subjectKind": "GRASSROOTS_ORGANIZATION",
                      "subjectId": "9b2e4f61-2c3a-4d8e-b7f1-6a5c0d9e8b21",
                      "level": "EXCELLENT",
                      "decisionNumber": "45-QĐ/ĐUK",
                      "decidedOn": "2024-12-20"
                    },
                    {
                      "subjectKind": "MEMBER",
                      "subjectId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                      "level": "GOOD",
                      "decisionNumber": "46-QĐ/ĐU",
                      "decidedOn": "2024-12-18"
                    }
                  ]
                }""")
public record BatchDecisionRequest(
        @Schema(description = "The cycle.") @NotNull UUID cycleId,

        @Schema(description = "The ratings, 1 to 5,000.") @NotEmpty @Size(max = 5000)
        List<@NotNull @Valid Item> items) {

    @Schema(name = "BatchDecisionItem", description = "One decided rating of a batch.")
    public record Item(
            @Schema(description = "What is rated.") @NotNull SubjectKind subjectKind,

            @Schema(description = "The organization, committee or member rated.") @NotNull
            UUID subjectId,

            @Schema(description = RatingDescriptions.LEVEL) Level level,

            @Schema(description = RatingDescriptions.SCORE)
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
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
}
