package vn.partybloc.evaluation.rest;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.evaluation.domain.Target;
import vn.partybloc.evaluation.domain.TargetComparison;
import vn.partybloc.evaluation.domain.TargetMetric;

@Schema(name = "Target", description = "A rating target.")
public record TargetResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The cycle.") UUID cycleId,

        @Schema(description = "Subtree root; null for the whole Bloc.", nullable = true)
        UUID organizationId,

        @Schema(description = "Which subjects.") SubjectKind subjectKind,
        @Schema(description = "What is counted.") TargetMetric metric,
        @Schema(description = "How the share compares.") TargetComparison comparison,
        @Schema(description = "Percent.") BigDecimal percent,
        @Schema(description = "Remarks.", nullable = true) String note,
        @Schema(description = "Version; also the ETag.") long version) {

    static TargetResponse from(Target t) {
        return new TargetResponse(
                t.id, t.cycleId, t.organizationId, t.subjectKind, t.metric, t.comparison, t.percent, t.note, t.version);
    }
}
