package vn.partybloc.evaluation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.RuleSet;

@Schema(name = "RuleSet", description = "Rating rules in force from a date.")
public record RuleSetResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Short unique code.") String code,
        @Schema(description = "Source documents.") String documents,
        @Schema(description = "First day in force.") LocalDate effectiveFrom,

        @Schema(description = "Whether ratings carry a 0–100 score.")
        boolean usesScore,

        @Schema(description = "Lowest score rated excellent.", nullable = true)
        BigDecimal excellentMinScore,

        @Schema(description = "Lowest score rated good.", nullable = true)
        BigDecimal goodMinScore,

        @Schema(description = "Lowest score rated complete.", nullable = true)
        BigDecimal completeMinScore,

        @Schema(description = "The excellent cap, percent of those rated good; absent: no cap.", nullable = true)
        BigDecimal excellentCapPercent,

        @Schema(description = "Remarks.", nullable = true) String note,

        @Schema(
                description = "The level a member disciplined in the year is rated (`REV-DISCIPLINED`); null: no rule.",
                nullable = true)
        Level disciplinedMemberLevel,

        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "Last changed.") Instant updatedAt,
        @Schema(description = "By whom.") String updatedBy) {

    static RuleSetResponse from(RuleSet r) {
        return new RuleSetResponse(
                r.id,
                r.code,
                r.documents,
                r.effectiveFrom,
                r.usesScore,
                r.excellentMinScore,
                r.goodMinScore,
                r.completeMinScore,
                r.excellentCapPercent,
                r.note,
                r.disciplinedMemberLevel,
                r.version,
                r.updatedAt,
                r.updatedBy);
    }
}
