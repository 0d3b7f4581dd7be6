package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.RuleSetService;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "RuleSetRequest",
        description = "A rule set: its documents, the date it takes effect, its score bands and cap.",
        example = """
                {
                  "code": "QD366-2025",
                  "documents": "QĐ 366-QĐ/TW; HD 43-HD/BTCTW (2025)",
                  "effectiveFrom": "2025-01-01",
                  "usesScore": true,
                  "excellentMinScore": 90,
                  "goodMinScore": 70,
                  "completeMinScore": 50,
                  "excellentCapPercent": 20,
                  "note": "Hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ."
                }""")
public record RuleSetRequest(
        @Schema(description = "Short unique code.", example = "QD366-2025", maxLength = 40)
        @NotBlank
        @Size(max = 40)
        @PlainText
        String code,

        @Schema(description = "Source documents.", example = "QĐ 366-QĐ/TW; HD 43-HD/BTCTW (2025)", maxLength = 500)
        @NotBlank
        @Size(max = 500)
        @PlainText
        String documents,

        @Schema(description = "First day in force.", example = "2025-01-01") @NotNull
        LocalDate effectiveFrom,

        @Schema(description = "Whether ratings carry a 0–100 score.") @NotNull
        Boolean usesScore,

        @Schema(description = "Lowest score rated excellent.", example = "90")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal excellentMinScore,

        @Schema(description = "Lowest score rated good.", example = "70")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal goodMinScore,

        @Schema(description = "Lowest score rated complete.", example = "50")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal completeMinScore,

        @Schema(
                description =
                        "Excellent may be at most this percent of those rated good in one grassroots organization; "
                                + "absent: no cap.",
                example = "20")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal excellentCapPercent,

        @Schema(description = "Free text: conditions and remarks.", maxLength = 2000) @Size(max = 2000)
        String note,

        @Schema(
                description = "The level a member disciplined in the year is rated, unless they found and remedied the "
                        + "fault themselves (`REV-DISCIPLINED`); absent: the rule set has no such rule.",
                example = "NOT_COMPLETE")
        Level disciplinedMemberLevel) {

    RuleSetService.Values values() {
        return new RuleSetService.Values(
                Text.nfc(code),
                Text.nfc(documents),
                effectiveFrom,
                usesScore,
                excellentMinScore,
                goodMinScore,
                completeMinScore,
                excellentCapPercent,
                Text.nfc(note),
                disciplinedMemberLevel);
    }
}
