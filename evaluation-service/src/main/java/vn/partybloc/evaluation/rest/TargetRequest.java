package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.evaluation.domain.TargetComparison;
import vn.partybloc.evaluation.domain.TargetMetric;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "TargetRequest",
        description = "A target: the share of rated subjects of a kind reaching a level.",
        example = """
                {
                  "cycleId": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a05",
                  "subjectKind": "MEMBER",
                  "metric": "AT_LEAST_GOOD",
                  "comparison": "AT_LEAST",
                  "percent": 90,
                  "note": "Chỉ tiêu Nghị quyết Đại hội"
                }""")
public record TargetRequest(
        @Schema(description = "The cycle.") @NotNull UUID cycleId,

        @Schema(description = "Root of the subtree; omit for the whole Bloc.")
        UUID organizationId,

        @Schema(description = "Which subjects.") @NotNull SubjectKind subjectKind,

        @Schema(description = "What is counted.") @NotNull TargetMetric metric,

        @Schema(description = "How the share compares.") @NotNull
        TargetComparison comparison,

        @Schema(description = "Percent, 0–100.", example = "90")
        @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal percent,

        @Schema(description = "Remarks.", maxLength = 500) @Size(max = 500) @PlainText
        String note) {}
