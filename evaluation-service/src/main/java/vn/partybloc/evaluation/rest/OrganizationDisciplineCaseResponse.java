package vn.partybloc.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineCategory;
import vn.partybloc.evaluation.domain.DisciplineLevel;
import vn.partybloc.evaluation.domain.DisciplineStatus;
import vn.partybloc.evaluation.domain.OrganizationDisciplineCase;
import vn.partybloc.evaluation.domain.OrganizationDisciplineForm;
import vn.partybloc.evaluation.domain.OrganizationDisciplineService;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "OrganizationDisciplineCase",
        description = "A discipline case against a party organization, and its decision once decided.")
public record OrganizationDisciplineCaseResponse(
        @Schema(description = "Id.") UUID id,

        @Schema(description = "The organization disciplined.")
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
        @Schema(description = "Form decided.") OrganizationDisciplineForm form,
        @Schema(description = "Decision number.") String decisionNumber,
        @Schema(description = "Date of the decision.") LocalDate decidedOn,

        @Schema(
                description =
                        "For a `DISSOLUTION`: the day the dissolution took effect, once the organizer has carried "
                                + "it out in organization-service (`POST /api/v1/organizations/{id}/dissolutions`); absent "
                                + "until then.")
        LocalDate dissolvedOn,

        @Schema(description = "When it was last changed.") Instant updatedAt,
        @Schema(description = "By whom.") String updatedBy,
        @Schema(description = "Version; also the ETag.") long version) {

    static OrganizationDisciplineCaseResponse from(OrganizationDisciplineService.Handled h) {
        OrganizationDisciplineCase c = h.c();
        return new OrganizationDisciplineCaseResponse(
                c.id,
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
                c.decisionNumber,
                c.decidedOn,
                h.dissolvedOn(),
                c.updatedAt,
                c.updatedBy,
                c.version);
    }
}
