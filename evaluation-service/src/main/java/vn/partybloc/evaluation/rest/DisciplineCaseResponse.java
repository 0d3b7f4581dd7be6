package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineCase;
import vn.partybloc.evaluation.domain.DisciplineCategory;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.DisciplineStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DisciplineCase", description = "A discipline case against a member, and its decision once decided.")
public record DisciplineCaseResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The member.") UUID memberId,

        @Schema(description = "The member's cell when the case was opened.")
        UUID organizationId,

        @Schema(description = "The violation.") String violation,
        @Schema(description = "Category.") DisciplineCategory category,

        @Schema(description = "When the violation happened.")
        LocalDate violatedOn,

        @Schema(description = "The handling body.") DisciplineBody bodyKind,

        @Schema(description = "The handling body's organization.")
        UUID bodyOrganizationId,

        @Schema(description = "Its level, which decides what it may decide.")
        DisciplineLevel bodyLevel,

        @Schema(description = "When the case was opened.") LocalDate openedOn,
        @Schema(description = "Status.") DisciplineStatus status,
        @Schema(description = "Form decided.") DisciplineForm form,

        @Schema(description = "The position a removal from post ended.")
        UUID positionId,

        @Schema(description = "Decision number.") String decisionNumber,
        @Schema(description = "Date of the decision.") LocalDate decidedOn,

        @Schema(description = "Found and remedied by the member themselves.")
        boolean selfRemedied,

        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "By whom.") String updatedBy,
        @Schema(description = "Version; also the ETag.") long version) {

    static DisciplineCaseResponse from(DisciplineCase c) {
        return new DisciplineCaseResponse(
                c.id,
                c.memberId,
                c.organizationId,
                c.violation,
                c.category,
                c.violatedOn,
                c.bodyKind,
                c.bodyOrganizationId,
                c.bodyLevel,
                c.openedOn,
                c.status,
                c.form,
                c.positionId,
                c.decisionNumber,
                c.decidedOn,
                c.selfRemedied,
                c.updatedAt,
                c.updatedBy,
                c.version);
    }
}
