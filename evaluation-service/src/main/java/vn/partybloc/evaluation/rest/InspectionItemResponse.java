package vn.partybloc.evaluation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.InspectionItem;
import vn.partybloc.evaluation.domain.InspectionKind;
import vn.partybloc.evaluation.domain.InspectionStatus;
import vn.partybloc.evaluation.domain.InspectionSubjectKind;

@Schema(name = "InspectionItem", description = "A planned inspection or supervision and its outcome.")
public record InspectionItemResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Routine or thematic.") InspectionKind kind,

        @Schema(description = "Organization or committee member.")
        InspectionSubjectKind subjectKind,

        @Schema(description = "The organization or member.") UUID subjectId,

        @Schema(description = "Content.") String content,
        @Schema(description = "Planned start.") LocalDate plannedFrom,
        @Schema(description = "Planned end.") LocalDate plannedTo,
        @Schema(description = "Execution status.") InspectionStatus status,
        @Schema(description = "Findings.", nullable = true) String findings,

        @Schema(description = "Conclusion, or why it was cancelled.", nullable = true)
        String conclusion,

        @Schema(description = "Date of the conclusion.", nullable = true)
        LocalDate concludedOn,

        @Schema(description = "Who recorded the conclusion.", nullable = true)
        String concludedBy,

        @Schema(description = "Last changed.") Instant updatedAt) {

    static InspectionItemResponse from(InspectionItem i) {
        return new InspectionItemResponse(
                i.id,
                i.kind,
                i.subjectKind,
                i.subjectId,
                i.content,
                i.plannedFrom,
                i.plannedTo,
                i.status,
                i.findings,
                i.conclusion,
                i.concludedOn,
                i.concludedBy,
                i.updatedAt);
    }
}
