package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.TargetComparison;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "TargetChange", description = "New comparison, percent and note of a target.", example = """
                {
                  "comparison": "MORE_THAN",
                  "percent": 95,
                  "note": "Điều chỉnh theo Nghị quyết giữa nhiệm kỳ"
                }""")
public record TargetChangeRequest(
        @Schema(description = "How the share compares.") @NotNull
        TargetComparison comparison,

        @Schema(description = "Percent, 0–100.", example = "95")
        @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal percent,

        @Schema(description = "Remarks.", maxLength = 500) @Size(max = 500) @PlainText
        String note) {}
